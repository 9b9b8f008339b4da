using System.Globalization;
using Npgsql;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Seeding and running the shadow-parity read queries.</summary>
internal sealed partial class DryRunner
{
    /// <summary>Shadow parity to check during the run; null to skip.</summary>
    public ShadowParity? Parity { get; init; }

    private static async Task SeedAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        foreach (var statement in StatementSplitter.Split(sql).Statements)
        {
            await ExecuteAsync(connection, statement.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Each query's rows as text (or the error), in query order.</summary>
    private static async Task<List<(List<string>? Rows, string? Error)>> ReadAsync(NpgsqlConnection connection, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var results = new List<(List<string>?, string?)>();
        foreach (var query in queries)
        {
            try
            {
                var rows = new List<string>();
                var command = new NpgsqlCommand(query, connection);
                await using (command.ConfigureAwait(false))
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            rows.Add(string.Join('\t', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
                        }
                    }
                }

                results.Add((rows, null));
            }
            catch (PostgresException ex)
            {
                results.Add((null, ex.MessageText));
            }
        }

        return results;
    }

    private static List<ParityResult> Compare(IReadOnlyList<string> queries, List<(List<string>? Rows, string? Error)> before, List<(List<string>? Rows, string? Error)> after) =>
        queries.Select((q, i) => new ParityResult(
            q,
            before[i].Rows?.Count ?? 0,
            after[i].Rows?.Count ?? 0,
            before[i].Rows is { } b && after[i].Rows is { } a && b.SequenceEqual(a, StringComparer.Ordinal))
        {
            Error = before[i].Error is { } e ? $"before: {e}" : after[i].Error is { } e2 ? $"after: {e2}" : null,
        }).ToList();
}
