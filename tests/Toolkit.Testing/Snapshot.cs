using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Toolkit.Testing;

/// <summary>
/// Snapshot assertions for what a person reads. The expected text lives in <c>tests/&lt;Project&gt;/Snapshots/&lt;name&gt;.txt</c>
/// and is reviewed like code. A missing snapshot is written and passes locally but fails in CI (<c>CI=true</c>);
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites them all.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> to the snapshot <paramref name="name"/> of the calling test project.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Match(string name, string actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(actual);
        var project = Assembly.GetCallingAssembly().GetName().Name!;
        var path = RepositoryPaths.InRepo("tests", project, "Snapshots", name + ".txt");
        var normalized = Normalize(actual);
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        var exists = File.Exists(path);
        if (exists && !update)
        {
            Assert.Equal(Normalize(File.ReadAllText(path)), normalized);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, normalized + "\n", new UTF8Encoding(false));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!exists && !update && ci)
        {
            Assert.Fail($"Snapshot '{name}' is missing: run the tests locally and commit {path}.");
        }
    }

    // Line endings differ by platform and git settings; a final newline is an editor's choice. Neither is content.
    internal static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');
}
