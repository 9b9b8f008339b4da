using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>One reader per layout.</summary>
internal static partial class MigrationFinder
{
    private static List<Migration> Flyway(string root, List<string> files, List<Finding> problems)
    {
        var versioned = new List<Migration>();
        var repeatable = new List<Migration>();
        var undo = new Dictionary<string, string>(VersionEquality.Instance);
        foreach (var file in files)
        {
            var match = FlywayPattern().Match(Path.GetFileName(file));
            var kind = match.Groups["kind"].Value;
            var version = match.Groups["version"].Value.TrimEnd('.', '_');
            if (!match.Success || (kind != "R" && version.Length == 0) || (kind == "R" && version.Length > 0))
            {
                problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"'{Path.GetFileName(file)}' is not a Flyway migration name, so Flyway ignores it. Use V<version>__name.sql, U<version>__name.sql or R__name.sql.", new SourceLocation(file, 1, 1)));
                continue;
            }

            if (kind == "U")
            {
                undo[version] = file;
                continue;
            }

            var script = new MigrationScript(file, Read(root, file), FlywayMode(root, file));
            var migration = new Migration(version, match.Groups["name"].Value, script, null) { Repeatable = kind == "R" };
            (kind == "R" ? repeatable : versioned).Add(migration);
        }

        var ordered = versioned
            .Select(m => undo.TryGetValue(m.Version, out var u) ? m with { Down = new MigrationScript(u, Read(root, u), FlywayMode(root, u)) } : m)
            .OrderBy(m => m.Version, VersionComparer.Instance)
            .ToList();
        foreach (var orphan in undo.Where(u => !versioned.Any(v => VersionEquality.Instance.Equals(v.Version, u.Key))))
        {
            problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"'{orphan.Value}' undoes version {orphan.Key}, which has no V{orphan.Key}__ migration.", new SourceLocation(orphan.Value, 1, 1)));
        }

        // Repeatable migrations run after every versioned one, ordered by description.
        return [.. ordered, .. repeatable.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static TransactionMode FlywayMode(string root, string file)
    {
        var config = Path.Combine(root, file + ".conf");
        return File.Exists(config) && FlywayNoTransaction().IsMatch(Read(root, file + ".conf")) ? TransactionMode.None : TransactionMode.PerFile;
    }

    private static List<Migration> Dbmate(string root, List<string> files, List<Finding> problems)
    {
        var migrations = new List<Migration>();
        foreach (var file in files)
        {
            var text = Read(root, file);
            var up = DbmateUp().Match(text);
            var numbered = NumberedPattern().Match(Path.GetFileName(file));
            if (!up.Success || !numbered.Success)
            {
                problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"'{Path.GetFileName(file)}' is not a dbmate migration: it needs a numeric version prefix and a '-- migrate:up' line.", new SourceLocation(file, 1, 1)));
                continue;
            }

            var down = DbmateDown().Match(text, up.Index);
            var upEnd = down.Success ? down.Index : text.Length;
            var upMode = up.Groups["options"].Value.Contains("transaction:false", StringComparison.Ordinal) ? TransactionMode.None : TransactionMode.PerFile;
            var upScript = new MigrationScript(file, Mask(text, 0, upEnd), upMode);
            MigrationScript? downScript = null;
            if (down.Success)
            {
                var downMode = down.Groups["options"].Value.Contains("transaction:false", StringComparison.Ordinal) ? TransactionMode.None : TransactionMode.PerFile;
                downScript = new MigrationScript(file, Mask(text, down.Index, text.Length), downMode);
            }

            migrations.Add(new Migration(numbered.Groups["version"].Value, numbered.Groups["name"].Value, upScript, downScript));
        }

        return migrations.OrderBy(m => m.Version, VersionComparer.Instance).ToList();
    }

    private static List<Migration> Plain(string root, List<string> files) =>
        files
            .Select(f =>
            {
                var numbered = NumberedPattern().Match(Path.GetFileName(f));
                var version = numbered.Success ? numbered.Groups["version"].Value : Path.GetFileNameWithoutExtension(f);
                var name = numbered.Success ? numbered.Groups["name"].Value : Path.GetFileNameWithoutExtension(f);
                return new Migration(version, name, new MigrationScript(f, Read(root, f), TransactionMode.None), null);
            })
            .ToList();

    /// <summary>Keeps <c>[start, end)</c> and blanks everything else except line breaks, so positions stay the file's.</summary>
    private static string Mask(string text, int start, int end) =>
        string.Create(text.Length, (text, start, end), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = (i >= state.start && i < state.end) || c == '\n' ? c : ' ';
            }
        });
}
