using System.Text.RegularExpressions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Reads a migration directory in one of the supported layouts, detecting the layout when asked.</summary>
public static partial class MigrationFinder
{
    /// <summary>Rule id of a layout problem (a file the tool would not run, a missing pair, a duplicate version).</summary>
    public const string LayoutRule = "migration-layout";

    /// <summary>Reads <paramref name="directory"/> (repository-relative) under <paramref name="repositoryRoot"/>.</summary>
    public static MigrationSet Find(string repositoryRoot, string directory, MigrationTool tool)
    {
        var full = Path.GetFullPath(Path.Combine(repositoryRoot, directory));
        var files = System.IO.Directory.EnumerateFiles(full, "*.sql", SearchOption.TopDirectoryOnly)
            .Select(f => Relative(repositoryRoot, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var detected = tool == MigrationTool.Auto ? Detect(repositoryRoot, files) : tool;
        var problems = new List<Finding>();
        var migrations = detected switch
        {
            MigrationTool.GolangMigrate => GolangMigrate(repositoryRoot, files, problems),
            MigrationTool.Flyway => Flyway(repositoryRoot, files, problems),
            MigrationTool.Dbmate => Dbmate(repositoryRoot, files, problems),
            _ => Plain(repositoryRoot, files),
        };

        foreach (var duplicate in migrations.Where(m => !m.Repeatable).GroupBy(m => m.Version, VersionEquality.Instance).Where(g => g.Count() > 1))
        {
            var paths = string.Join(", ", duplicate.Select(m => m.Up.Path));
            problems.Add(new Finding(LayoutRule, Severity.Error, $"Version {duplicate.Key} is used by more than one migration ({paths}); the tool would refuse or pick one at random. Renumber the newer one.", new SourceLocation(duplicate.Last().Up.Path, 1, 1)));
        }

        return new MigrationSet(Relative(repositoryRoot, full), detected, migrations, problems);
    }

    /// <summary>The layout the file names (or dbmate markers) show; plain when nothing specific is found.</summary>
    public static MigrationTool Detect(string repositoryRoot, IReadOnlyList<string> files)
    {
        var names = files.Select(Path.GetFileName).ToList();
        if (names.Any(n => GolangPattern().IsMatch(n!)))
        {
            return MigrationTool.GolangMigrate;
        }

        if (names.Any(n => FlywayPattern().IsMatch(n!)))
        {
            return MigrationTool.Flyway;
        }

        if (files.Any(f => DbmateUp().IsMatch(File.ReadAllText(Path.Combine(repositoryRoot, f)))))
        {
            return MigrationTool.Dbmate;
        }

        return MigrationTool.Plain;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string Read(string root, string relative) => File.ReadAllText(Path.Combine(root, relative));

    [GeneratedRegex(@"^(?<version>\d+)_(?<name>.+)\.(?<dir>up|down)\.sql$")]
    private static partial Regex GolangPattern();

    [GeneratedRegex(@"^(?<kind>[VUR])(?<version>[0-9][0-9._]*)?__(?<name>.+)\.sql$")]
    private static partial Regex FlywayPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:up\b(?<options>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DbmateUp();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:down\b(?<options>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DbmateDown();

    [GeneratedRegex(@"^(?<version>\d+)_?(?<name>.*)\.sql$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^\s*executeInTransaction\s*=\s*false\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FlywayNoTransaction();
}
