namespace Toolkit.Build.Prerequisites;

/// <summary>Looks for prerequisites on this machine.</summary>
public static class PrerequisiteCheck
{
    /// <summary>The prerequisites with at least one executable not found.</summary>
    public static IReadOnlyList<Prerequisite> Missing(IEnumerable<Prerequisite> prerequisites)
    {
        ArgumentNullException.ThrowIfNull(prerequisites);
        return prerequisites.Where(p => p.Executables.Any(e => Find(e, p.SearchDirectories) is null)).ToList();
    }

    /// <summary>The full path of <paramref name="executable"/> on PATH or in <paramref name="searchDirectories"/>, or null.</summary>
    public static string? Find(string executable, IEnumerable<string> searchDirectories)
    {
        ArgumentNullException.ThrowIfNull(searchDirectories);
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.Concat(searchDirectories.SelectMany(Expand))
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>True when this process runs as root (effective uid 0), so it may install packages itself.</summary>
    public static bool IsRoot()
    {
        // /proc/self/status has "Uid:\treal\teffective\tsaved\tfs"; no /proc (not Linux) means no apt-get either.
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var uid = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        var fields = uid?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 2 } && fields[2] == "0";
    }

    // "/usr/lib/postgresql/*/bin" -> every existing /usr/lib/postgresql/<version>/bin; any version will do.
    private static IEnumerable<string> Expand(string pattern)
    {
        var star = pattern.IndexOf("/*/", StringComparison.Ordinal);
        if (star < 0)
        {
            return Directory.Exists(pattern) ? [pattern] : [];
        }

        var parent = pattern[..star];
        var rest = pattern[(star + 3)..];
        return Directory.Exists(parent)
            ? Directory.GetDirectories(parent).Select(d => Path.Combine(d, rest)).Where(Directory.Exists)
            : [];
    }
}
