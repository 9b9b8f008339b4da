using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Dr;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate dr</c>: DR freshness (backups against RPO, restore drills against RTO); every option is also settable in gates.yml.</summary>
public sealed class DrGateCommand : IGateCommand
{
    // The help states DrOptions' defaults rather than repeating them.
    private static readonly DrOptions Defaults = new();

    private readonly Option<string?> prometheusUrl = new("--prometheus-url") { Description = "Prometheus base URL the backup timestamps are read from. Default: prometheus_url.", HelpName = "url" };
    private readonly Option<string?> drills = new("--drills") { Description = $"Folder of drill records (*.json). Default: drills, else {Defaults.Drills}.", HelpName = "dir" };
    private readonly Option<string?> maxDrillAge = new("--max-drill-age") { Description = $"The oldest a passing drill may be (e.g. 30d). Default: max_drill_age, else {ConfigDurations.Format(Defaults.MaxDrillAge)}.", HelpName = "duration" };
    private readonly Option<string?> at = new("--at") { Description = "Evaluate at this time (RFC 3339 or Unix seconds) so a re-run sees the same data. Default: now.", HelpName = "time" };

    public string Gate => GateIds.Dr;

    public string CommandName => "dr";

    public string Description => "DR freshness: each system's last backup within its RPO (from Prometheus) and a recent passing restore drill within its RTO.";

    public IReadOnlyList<string> Examples =>
    [
        "gate dr --prometheus-url http://prometheus:9090",
        "gate dr --drills dr --max-drill-age 30d --at 2026-11-21T12:00:00Z",
    ];

    public IReadOnlyList<Option> Options => [prometheusUrl, drills, maxDrillAge, at];

    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => DrOptionsBinder.Validate(section);

    public IGate Create(ParseResult? parseResult) => new DrGate(parseResult is null ? null : new DrOverrides
    {
        PrometheusUrl = parseResult.GetValue(prometheusUrl),
        Drills = parseResult.GetValue(drills),
        MaxDrillAge = parseResult.GetValue(maxDrillAge),
        At = parseResult.GetValue(at),
    });
}
