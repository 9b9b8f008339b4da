using System.Text.RegularExpressions;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Reads a migration directory in one of the supported layouts, detecting the layout when asked.</summary>
internal static partial class MigrationFinder
{
    /// <summary>Reads <paramref name="directory"/> (repository-relative) under <paramref name="repositoryRoot"/>.</summary>
    public static MigrationSet Find(string repositoryRoot, string directory, MigrationTool tool)
    {
        var full = Path.GetFullPath(Path.Combine(repositoryRoot, directory));
        var all = System.IO.Directory.EnumerateFiles(full, "*.sql", SearchOption.AllDirectories)
            .Select(f => Relative(repositoryRoot, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var prefix = Relative(repositoryRoot, full).TrimEnd('/') + "/";
        var files = all.Where(f => !f[prefix.Length..].Contains('/', StringComparison.Ordinal)).ToList();
        var nested = all.Where(f => f[prefix.Length..].Contains('/', StringComparison.Ordinal)).ToList();
        var detected = tool == MigrationTool.Auto ? Detect(repositoryRoot, all) : tool;
        var problems = new List<Finding>();
        var migrations = detected switch
        {
            MigrationTool.GolangMigrate => GolangMigrate(repositoryRoot, files, problems),
            MigrationTool.Flyway => Flyway(repositoryRoot, files, problems),
            MigrationTool.Dbmate => Dbmate(repositoryRoot, files, problems),
            MigrationTool.Goose => Goose(repositoryRoot, files, problems),
            MigrationTool.Pop => Pop(repositoryRoot, files, problems),
            MigrationTool.Sqlx => Sqlx(repositoryRoot, files, problems),
            MigrationTool.Pairs => LetterPairs(repositoryRoot, files, problems),
            MigrationTool.Diesel => Diesel(repositoryRoot, full, files, nested, problems),
            _ => Plain(repositoryRoot, files),
        };

        if (detected != MigrationTool.Diesel)
        {
            Unplaced(prefix, files.Count, nested, problems);
        }

        foreach (var duplicate in migrations.Where(m => !m.Repeatable).GroupBy(m => m.Version, VersionEquality.Instance).Where(g => g.Count() > 1))
        {
            var paths = string.Join(", ", duplicate.Select(m => m.Up.Path));
            problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"Version {duplicate.Key} is used by more than one migration ({paths}); the tool would refuse or pick one at random. Renumber the newer one.", new SourceLocation(duplicate.Last().Up.Path, 1, 1)));
        }

        return new MigrationSet(Relative(repositoryRoot, full), detected, migrations, problems);
    }

    /// <summary>
    /// The layout that places the most files (file names, Diesel folders, dbmate/goose markers); plain when none
    /// places any. <paramref name="files"/> are repository-relative and may be in subdirectories (Diesel).
    /// </summary>
    public static MigrationTool Detect(string repositoryRoot, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var dieselFiles = files.Count(f => Path.GetFileName(f) is "up.sql" or "down.sql" && f.Contains('/', StringComparison.Ordinal));
        if (dieselFiles > 0 && dieselFiles >= files.Count - dieselFiles)
        {
            return MigrationTool.Diesel;
        }

        var names = files.Select(f => Path.GetFileName(f)!).ToList();
        var scores = new (MigrationTool Tool, int Placed)[]
        {
            (MigrationTool.GolangMigrate, names.Count(n => GolangPattern().IsMatch(n) && !PopPattern().Match(n).Groups["dialect"].Success)),
            (MigrationTool.Pop, names.Count(n => PopPattern().Match(n).Groups["dialect"].Success)),
            (MigrationTool.Flyway, names.Count(n => FlywayPattern().IsMatch(n))),
            (MigrationTool.Pairs, names.Count(n => LetterPairPattern().IsMatch(n))),
            (MigrationTool.Dbmate, files.Count(f => DbmateUp().IsMatch(Read(repositoryRoot, f)))),
            (MigrationTool.Goose, files.Count(f => GooseUp().IsMatch(Read(repositoryRoot, f)))),
        };
        var best = scores.MaxBy(s => s.Placed);
        return best.Placed > 0 ? best.Tool : MigrationTool.Plain;
    }

    /// <summary>SQL files in subdirectories that no layout but Diesel reads: an error per folder, never a silent pass.</summary>
    private static void Unplaced(string prefix, int topLevel, List<string> nested, List<Finding> problems)
    {
        foreach (var folder in nested.GroupBy(f => f[..f.LastIndexOf('/')], StringComparer.Ordinal))
        {
            var sample = string.Join(", ", folder.Take(3).Select(Path.GetFileName)) + (folder.Count() > 3 ? $" and {folder.Count() - 3} more" : string.Empty);
            var fix = topLevel == 0
                ? $"'{prefix.TrimEnd('/')}' holds no migrations itself: point dir at '{folder.Key}' (each migration folder is configured on its own)"
                : $"move them into '{prefix.TrimEnd('/')}' or configure '{folder.Key}' as another directory";
            problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"{folder.Count()} SQL file(s) in '{folder.Key}' ({sample}) are not read as migrations of this directory: {fix}.", new SourceLocation(folder.First(), 1, 1)));
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    // A migration that cannot be read (a FIFO, a device, unreadable) stops the gate with an error naming it.
    private static string Read(string root, string relative) => UserFiles.ReadLooseTextOrThrow(Path.Combine(root, relative), relative);

    private static Finding NotPlaced(string file, string tool, string expected) =>
        MigrationRules.MigrationLayout.Report(Severity.Error, $"'{Path.GetFileName(file)}' is not a {tool} migration name, so {tool} never runs it. Name it {expected}, or move it out of the migration directory.", new SourceLocation(file, 1, 1));

    [GeneratedRegex(@"^(?<version>\d+)_(?<name>.+)\.(?<dir>up|down)\.sql$")]
    private static partial Regex GolangPattern();

    [GeneratedRegex(@"^(?<version>\d+)_(?<name>[^.]+)(\.(?<dialect>[a-z0-9]+))?(?<autocommit>\.autocommit)?\.(?<dir>up|down)\.sql$")]
    private static partial Regex PopPattern();

    [GeneratedRegex(@"^[A-Za-z]+(?<version>\d+)[._](?<name>.+)\.(?<dir>up|down)\.sql$")]
    private static partial Regex LetterPairPattern();

    [GeneratedRegex(@"^(?<kind>[VUR])(?<version>[0-9][0-9._]*)?__(?<name>.+)\.sql$")]
    private static partial Regex FlywayPattern();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:up\b(?<options>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DbmateUp();

    [GeneratedRegex(@"^[ \t]*--[ \t]*migrate:down\b(?<options>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex DbmateDown();

    [GeneratedRegex(@"^[ \t]*--[ \t]*\+goose[ \t]+Up\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GooseUp();

    [GeneratedRegex(@"^[ \t]*--[ \t]*\+goose[ \t]+Down\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GooseDown();

    [GeneratedRegex(@"^[ \t]*--[ \t]*\+goose[ \t]+NO[ \t]+TRANSACTION\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GooseNoTransaction();

    [GeneratedRegex(@"^(?<version>\d+)_?(?<name>.*)\.sql$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^\s*executeInTransaction\s*=\s*false\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FlywayNoTransaction();
}
