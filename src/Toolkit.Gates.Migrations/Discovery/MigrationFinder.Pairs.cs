using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Layouts of separate up and down files, paired by VERSION (the name may differ between them).</summary>
internal static partial class MigrationFinder
{
    private static readonly HashSet<string> PopDialects = new(["postgres", "cockroach", "mysql", "sqlite", "sqlite3", "mssql", "sqlserver"], StringComparer.Ordinal);

    private static List<Migration> GolangMigrate(string root, List<string> files, List<Finding> problems)
    {
        var pairs = new List<PairFile>();
        foreach (var file in files)
        {
            var match = GolangPattern().Match(Path.GetFileName(file));
            if (!match.Success)
            {
                problems.Add(NotPlaced(file, "golang-migrate", "NNN_name.up.sql / NNN_name.down.sql"));
                continue;
            }

            pairs.Add(new PairFile(match.Groups["version"].Value, match.Groups["name"].Value, match.Groups["dir"].Value == "up", file, TransactionMode.MultiStatementQuery));
        }

        return Pair(root, pairs, problems);
    }

    private static List<Migration> Pop(string root, List<string> files, List<Finding> problems)
    {
        var pairs = new List<PairFile>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var match = PopPattern().Match(Path.GetFileName(file));
            var dialect = match.Groups["dialect"].Value;
            if (!match.Success || (dialect.Length > 0 && !PopDialects.Contains(dialect)))
            {
                problems.Add(NotPlaced(file, "Pop", "<version>_<name>.postgres.up.sql / .down.sql"));
                continue;
            }

            if (dialect.Length > 0 && dialect != "postgres")
            {
                skipped.Add(file);
                continue;
            }

            var mode = match.Groups["autocommit"].Success ? TransactionMode.None : TransactionMode.PerFile;
            pairs.Add(new PairFile(match.Groups["version"].Value, match.Groups["name"].Value, match.Groups["dir"].Value == "up", file, mode) { DialectSpecific = dialect.Length > 0 });
        }

        if (skipped.Count > 0)
        {
            var dialects = string.Join(", ", skipped.Select(f => PopPattern().Match(Path.GetFileName(f)).Groups["dialect"].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            problems.Add(MigrationRules.MigrationLayout.Report(Severity.Note, $"{skipped.Count} file(s) for other database dialects ({dialects}) skipped: the gate checks PostgreSQL.", new SourceLocation(skipped[0], 1, 1)));
        }

        // Pop prefers the dialect's own file over a generic one of the same version and direction.
        var preferred = pairs
            .GroupBy(p => (Version: VersionKey(p.Version), p.Up))
            .SelectMany(g => g.Any(p => p.DialectSpecific) ? g.Where(p => p.DialectSpecific) : g)
            .ToList();
        return Pair(root, preferred, problems);
    }

    private static List<Migration> LetterPairs(string root, List<string> files, List<Finding> problems)
    {
        var pairs = new List<PairFile>();
        foreach (var file in files)
        {
            var match = LetterPairPattern().Match(Path.GetFileName(file));
            if (!match.Success)
            {
                problems.Add(NotPlaced(file, "up/down pair", "V<version>.<name>.up.sql / .down.sql"));
                continue;
            }

            pairs.Add(new PairFile(match.Groups["version"].Value, match.Groups["name"].Value, match.Groups["dir"].Value == "up", file, TransactionMode.PerFile));
        }

        return Pair(root, pairs, problems);
    }

    private static List<Migration> Sqlx(string root, List<string> files, List<Finding> problems)
    {
        var pairs = new List<PairFile>();
        var simple = new List<Migration>();
        foreach (var file in files)
        {
            var text = Read(root, file);
            var mode = text.TrimStart().StartsWith("-- no-transaction", StringComparison.Ordinal) ? TransactionMode.None : TransactionMode.PerFile;
            var paired = GolangPattern().Match(Path.GetFileName(file));
            var numbered = NumberedPattern().Match(Path.GetFileName(file));
            if (paired.Success)
            {
                pairs.Add(new PairFile(paired.Groups["version"].Value, paired.Groups["name"].Value, paired.Groups["dir"].Value == "up", file, mode));
            }
            else if (numbered.Success)
            {
                simple.Add(new Migration(numbered.Groups["version"].Value, numbered.Groups["name"].Value, new MigrationScript(file, text, mode), null));
            }
            else
            {
                problems.Add(NotPlaced(file, "sqlx", "<version>_<name>.sql or <version>_<name>.up.sql / .down.sql"));
            }
        }

        return [.. Pair(root, pairs, problems).Concat(simple).OrderBy(m => m.Version, VersionComparer.Instance)];
    }

    /// <summary>One migration per up, with the down of the same version; orphan and extra downs are layout errors.</summary>
    private static List<Migration> Pair(string root, List<PairFile> files, List<Finding> problems)
    {
        var migrations = new List<Migration>();
        foreach (var version in files.GroupBy(f => VersionKey(f.Version), StringComparer.Ordinal))
        {
            var ups = version.Where(f => f.Up).ToList();
            var downs = version.Where(f => !f.Up).ToList();
            if (ups.Count == 0)
            {
                problems.AddRange(downs.Select(d => MigrationRules.MigrationLayout.Report(Severity.Error, $"'{d.Path}' has no up migration of version {d.Version}; add the up migration or remove the down.", new SourceLocation(d.Path, 1, 1))));
                continue;
            }

            if (downs.Count > 1)
            {
                problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"Version {downs[0].Version} has {downs.Count} down files ({string.Join(", ", downs.Select(d => d.Path))}); the tool runs one. Keep a single down per version.", new SourceLocation(downs[^1].Path, 1, 1)));
            }

            // Several ups of one version are reported by the duplicate-version check; the down goes with the first.
            migrations.AddRange(ups.Select((up, i) => new Migration(
                up.Version,
                up.Name,
                new MigrationScript(up.Path, Read(root, up.Path), up.Mode),
                i == 0 && downs.Count > 0 ? new MigrationScript(downs[0].Path, Read(root, downs[0].Path), downs[0].Mode) : null)));
        }

        return [.. migrations.OrderBy(m => m.Version, VersionComparer.Instance)];
    }

    private static string VersionKey(string version) => version.TrimStart('0') is { Length: > 0 } v ? v : "0";

    private sealed record PairFile(string Version, string Name, bool Up, string Path, TransactionMode Mode)
    {
        public bool DialectSpecific { get; init; }
    }
}
