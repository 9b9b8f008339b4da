using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Bench.Migrations;

/// <summary>
/// The gate's static path over a pile of SQL files, as squawk runs it: every <c>.sql</c> file under a directory, in path
/// order, read, lexed, parsed and linted (each file in the tool's transaction, like squawk --assume-in-transaction).
/// Writes one tab-separated line per finding (file, line, rule) so the comparison runs in another process.
/// </summary>
internal static class PileLint
{
    public static int Run(string directory, string output)
    {
        var files = Directory.EnumerateFiles(directory, "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var writer = new StreamWriter(output);
        var count = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(directory, file);
            // Pop runs its .autocommit. files outside a transaction; every other file of the pile runs in one.
            var mode = relative.Contains(".autocommit.", StringComparison.Ordinal) ? TransactionMode.None : TransactionMode.PerFile;
            var script = new MigrationScript(relative, File.ReadAllText(file), mode);
            foreach (var finding in Linter.Lint(script, LintOptions.Default).Findings)
            {
                writer.Write(relative);
                writer.Write('\t');
                writer.Write(finding.Location?.Line ?? 0);
                writer.Write('\t');
                // Squawk names rules without our prefix: compare by the bare name.
                writer.WriteLine(MigrationRules.SquawkName(finding.RuleId));
                count++;
            }
        }

        Console.WriteLine($"toolkit: {files.Count} files, {count} findings");
        return 0;
    }
}
