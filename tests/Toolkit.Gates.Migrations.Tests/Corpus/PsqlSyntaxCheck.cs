using System.Diagnostics;
using System.Text;
using Npgsql;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Tests.Corpus;

/// <summary>
/// Asks a real psql and PostgreSQL which files have a syntax error. Each file goes to the server as ONE simple query
/// (through <c>\gexec</c>), which PostgreSQL parses completely before running any of it, so SQLSTATE 42601 tells a
/// syntax error anywhere in the file apart from the missing tables of a lone migration. Each file runs inside
/// BEGIN ... ROLLBACK, in a database of its own run.
/// </summary>
internal static class PsqlSyntaxCheck
{
    private const string Marker = "corpus-file:";

    public static async Task<IReadOnlyDictionary<string, string>> RejectedFilesAsync(string connectionString, IReadOnlyList<string> files)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var bin = PostgresBinaries.Find() ?? throw new InvalidOperationException("PostgreSQL is not installed.");
        var script = new StringBuilder("\\set VERBOSITY verbose\nSET client_min_messages = error;\n");
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(MigrationCorpus.Root, file));
            var tag = "$corpus_" + Guid.NewGuid().ToString("N")[..8] + "$";
            script.Append("\\echo ").Append(Marker).Append(file).Append('\n')
                .Append("BEGIN;\nSET LOCAL statement_timeout = '20s';\n")
                .Append("SELECT ").Append(tag).Append(text).Append(tag).Append(" \\gexec\nROLLBACK;\n");
        }

        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, script.ToString());
            var info = new ProcessStartInfo(Path.Combine(bin, "psql"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-X", "-q", "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!, "-d", builder.Database!, "-f", input })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return Rejected(await stdout, await stderr, input);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>psql reports errors as <c>psql:&lt;script&gt;:&lt;line&gt;: ERROR:  42601</c>; the script line maps back to the file.</summary>
    private static Dictionary<string, string> Rejected(string stdout, string stderr, string input)
    {
        var lines = File.ReadAllLines(input);
        var fileAtLine = new string[lines.Length + 2];
        var current = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("\\echo " + Marker, StringComparison.Ordinal))
            {
                current = lines[i][("\\echo " + Marker).Length..];
            }

            fileAtLine[i + 1] = current;
        }

        Assert.Contains(Marker, stdout, StringComparison.Ordinal);
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in stderr.Split('\n'))
        {
            var at = line.IndexOf(": ERROR:  42601", StringComparison.Ordinal);
            if (at > 0 && int.TryParse(line[..at].Split(':')[^1], out var scriptLine) && scriptLine < fileAtLine.Length)
            {
                rejected.TryAdd(fileAtLine[scriptLine], line);
            }
        }

        return rejected;
    }
}
