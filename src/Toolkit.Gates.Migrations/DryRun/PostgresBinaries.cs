namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Finds <c>initdb</c> and <c>pg_ctl</c>: a configured directory, the PATH, then the Debian layout (newest version).</summary>
internal static class PostgresBinaries
{
    /// <summary>The directory holding both programs, or null when PostgreSQL is not installed.</summary>
    public static string? Find(string? configured = null)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(configured))
        {
            candidates.Add(configured);
        }

        // The Debian layout first: /usr/local/bin wrappers may point at another version.
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
