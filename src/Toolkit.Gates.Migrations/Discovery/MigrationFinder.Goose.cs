using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>goose SQL migrations: <c>-- +goose Up</c> and <c>-- +goose Down</c> sections in one numbered file.</summary>
internal static partial class MigrationFinder
{
    private static List<Migration> Goose(string root, List<string> files, List<Finding> problems)
    {
        var migrations = new List<Migration>();
        foreach (var file in files)
        {
            var text = Read(root, file);
            var up = GooseUp().Match(text);
            var numbered = NumberedPattern().Match(Path.GetFileName(file));
            if (!up.Success || !numbered.Success)
            {
                problems.Add(MigrationRules.MigrationLayout.Report(Severity.Error, $"'{Path.GetFileName(file)}' is not a goose migration: it needs a numeric version prefix and a '-- +goose Up' line.", new SourceLocation(file, 1, 1)));
                continue;
            }

            var down = GooseDown().Match(text, up.Index);
            var mode = GooseNoTransaction().IsMatch(text) ? TransactionMode.None : TransactionMode.PerFile;
            var upScript = new MigrationScript(file, Mask(text, 0, down.Success ? down.Index : text.Length), mode);
            var downScript = down.Success ? new MigrationScript(file, Mask(text, down.Index, text.Length), mode) : null;
            migrations.Add(new Migration(numbered.Groups["version"].Value, numbered.Groups["name"].Value, upScript, downScript));
        }

        return [.. migrations.OrderBy(m => m.Version, VersionComparer.Instance)];
    }
}
