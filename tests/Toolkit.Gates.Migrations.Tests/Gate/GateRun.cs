using System.Text.Json;
using Toolkit.Cli;
using Toolkit.Cli.Gates;
using Toolkit.Core.Runtime;

namespace Toolkit.Gates.Migrations.Tests.Gate;

/// <summary>Runs <c>gate migrations</c> in-process on a repository and reads what it wrote.</summary>
internal sealed record GateRun(int Exit, string Out, string Error, string Root)
{
    public static async Task<GateRun> MigrationsAsync(string root, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal) { ["CI"] = "true" });
        var exit = await GateCli.RunAsync(
            ["migrations", .. args, "--repo", root],
            new CliConsole(output, error, IsOutputRedirected: true),
            environment,
            new GateCatalog([new MigrationsGateCommand()]),
            CancellationToken.None);
        return new GateRun(exit, output.ToString(), error.ToString(), root);
    }

    public string Verdict => Read("migration-gate.verdict.json");

    public string Markdown => Read("migration-gate.md");

    public string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root, "artifacts", "gates", .. parts]));

    /// <summary>The findings as (rule, "path:line:column") pairs.</summary>
    public IReadOnlyList<(string Rule, string At)> Findings()
    {
        using var document = JsonDocument.Parse(Verdict);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f =>
            {
                var location = f.GetProperty("location");
                return (f.GetProperty("rule_id").GetString()!, $"{location.GetProperty("path").GetString()}:{location.GetProperty("line").GetInt32()}:{location.GetProperty("column").GetInt32()}");
            })
            .ToList();
    }

    public string Status()
    {
        using var document = JsonDocument.Parse(Verdict);
        return document.RootElement.GetProperty("verdict").GetString()!;
    }
}
