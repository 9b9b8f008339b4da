using Tomlyn;
using Tomlyn.Model;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>
/// A Diesel migration folder's <c>metadata.toml</c>: <c>run_in_transaction = false</c> makes Diesel run up.sql and
/// down.sql outside a transaction (the only way <c>CREATE INDEX CONCURRENTLY</c> can work). Diesel refuses to load a
/// migration whose metadata is not valid TOML or whose flag is not a boolean, so those are layout errors here too.
/// </summary>
internal static class DieselMetadata
{
    private const string RunInTransaction = "run_in_transaction";

    /// <summary>The folder's transaction mode; a problem (at the file's line) when Diesel would reject the metadata.</summary>
    public static TransactionMode Read(string root, string folder, List<Finding> problems)
    {
        var relative = $"{folder}/metadata.toml";
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            return TransactionMode.PerFile;
        }

        var text = UserFiles.ReadLooseTextOrThrow(path, relative);
        TomlTable metadata;
        try
        {
            metadata = TomlSerializer.Deserialize<TomlTable>(text) ?? [];
        }
        catch (TomlException ex)
        {
            problems.Add(Problem(relative, Math.Max(1, ex.Line ?? 1), $"is not valid TOML ({ex.Message.Split('\n')[0].Trim()}), so Diesel cannot load this migration. Fix the file; it holds one key, {RunInTransaction} = false"));
            return TransactionMode.PerFile;
        }

        if (!metadata.TryGetValue(RunInTransaction, out var value))
        {
            return TransactionMode.PerFile;
        }

        if (value is bool inTransaction)
        {
            return inTransaction ? TransactionMode.PerFile : TransactionMode.None;
        }

        problems.Add(Problem(relative, LineOf(text), $"sets {RunInTransaction} to {value} ({value.GetType().Name}), but Diesel reads a boolean and refuses this migration. Write {RunInTransaction} = false (or true)"));
        return TransactionMode.PerFile;
    }

    private static Finding Problem(string path, int line, string message) =>
        MigrationRules.MigrationLayout.Report(Severity.Error, $"'{path}' {message}.", new SourceLocation(path, line, 1));

    private static int LineOf(string text)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.TrimStart().StartsWith(RunInTransaction, StringComparison.Ordinal))
            {
                return number;
            }
        }

        return 1;
    }
}
