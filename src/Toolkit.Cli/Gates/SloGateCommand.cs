using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Slo;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate slo</c>: golden-path SLOs from Prometheus and probes; every option is also settable in gates.yml.</summary>
public sealed class SloGateCommand : IGateCommand
{
    // The help states SloOptions' defaults rather than repeating them.
    private static readonly SloOptions Defaults = new();

    private readonly Option<string?> goldenPaths = new("--golden-paths") { Description = $"Golden paths file (own format, OpenSLO, Sloth or Pyrra). Default: golden_paths, else {Defaults.GoldenPaths}.", HelpName = "file" };
    private readonly Option<string?> prometheusUrl = new("--prometheus-url") { Description = "Prometheus base URL. Default: prometheus_url.", HelpName = "url" };
    private readonly Option<string?> baseUrl = new("--base-url") { Description = "Base URL probes hit (${BASE_URL}). Default: base_url.", HelpName = "url" };
    private readonly Option<string?> at = new("--at") { Description = "Evaluate at this time (RFC 3339 or Unix seconds) so a re-run sees the same data. Default: now.", HelpName = "time" };
    private readonly Option<string?> baselineSelector = new("--baseline-selector") { Description = "Label matchers of the baseline (e.g. track=\"stable\"); with --canary-selector compares canary to baseline.", HelpName = "matchers" };
    private readonly Option<string?> canarySelector = new("--canary-selector") { Description = "Label matchers of the canary (e.g. track=\"canary\").", HelpName = "matchers" };

    public string Gate => GateIds.Slo;

    public string CommandName => "slo";

    public string Description => "Golden-path SLOs: multi-window burn rates from Prometheus, synthetic probes, canary comparison.";

    public IReadOnlyList<string> Examples =>
    [
        "gate slo --prometheus-url http://prometheus:9090 --base-url https://stage.example.com --env stage",
        "gate slo --golden-paths slo/openslo.yaml --at 2026-11-21T12:00:00Z",
        "gate slo --baseline-selector 'track=\"stable\"' --canary-selector 'track=\"canary\"'",
    ];

    public SloGateCommand()
    {
        // A time that does not parse is a usage error of this option (exit 2), not a problem of gates.yml.
        at.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (text is not null && SloOptionsBinder.ParseTime(text) is null)
            {
                result.AddError($"--at '{text}' is not a time; give {SloOptionsBinder.TimeForms}.");
            }
        });
    }

    public IReadOnlyList<Option> Options => [goldenPaths, prometheusUrl, baseUrl, at, baselineSelector, canarySelector];

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => SloOptionsBinder.Bind(section, null).Diagnostics;

    public IGate Create(ParseResult? parseResult) => new SloGate(parseResult is null ? null : new SloOverrides
    {
        GoldenPaths = parseResult.GetValue(goldenPaths),
        PrometheusUrl = parseResult.GetValue(prometheusUrl),
        BaseUrl = parseResult.GetValue(baseUrl),
        At = parseResult.GetValue(at),
        BaselineSelector = parseResult.GetValue(baselineSelector),
        CanarySelector = parseResult.GetValue(canarySelector),
    });
}
