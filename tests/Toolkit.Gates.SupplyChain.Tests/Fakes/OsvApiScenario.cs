using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Testing.GitHub;

namespace Toolkit.Gates.SupplyChain.Tests.Fakes;

/// <summary>
/// The sample repository configured for the OSV API (no offline database), a fake OSV API serving the same records
/// as the sample's offline database, and a clock whose retry waits take no real time.
/// </summary>
internal sealed class OsvApiScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private OsvApiScenario(FakeOsvServer server) => Server = server;

    public FakeOsvServer Server { get; }

    public SupplyChainSampleRepository Repository { get; } = new();

    public string CacheDirectory => Repository.Repo.Directory.Combine(".cache", "osv");

    /// <summary>A started scenario; <paramref name="apiSettings"/> are extra lines under <c>osv_api</c>.</summary>
    public static async Task<OsvApiScenario> StartAsync(string apiSettings = "")
    {
        var scenario = new OsvApiScenario(await FakeOsvServer.StartAsync());
        scenario.Server.Publish([.. Directory.GetFiles(scenario.Repository.Repo.Directory.Combine("osv")).Order(StringComparer.Ordinal).Select(File.ReadAllText)]);
        scenario.UseApi(scenario.Server.Url, apiSettings);
        return scenario;
    }

    /// <summary>The <c>osv_api</c> lines of the supply-chain section (indented for <see cref="SupplyChainSampleRepository.Config"/>).</summary>
    public static string ApiSection(Uri url, string apiSettings = "") =>
        $"osv_api:\n      url: {url}\n      cache: .cache/osv" + (apiSettings.Length == 0 ? string.Empty : "\n      " + apiSettings);

    public void UseApi(Uri url, string apiSettings = "") => Repository.Config(string.Empty, database: ApiSection(url, apiSettings));

    /// <summary>Runs the gate <paramref name="after"/> the start (for the TTL) on a clock whose waits are instant.</summary>
    public async Task<(GateVerdict Verdict, InstantTimeProvider Clock)> RunAsync(TimeSpan after = default, SupplyChainOverrides? overrides = null)
    {
        var clock = new InstantTimeProvider(Start + after);
        return (await Repository.RunGateAsync(clock, overrides), clock);
    }

    /// <summary>The findings that matter for agreement: rule, severity, message and place.</summary>
    public static IReadOnlyList<string> Describe(GateVerdict verdict) =>
        verdict.Findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Message}|{f.Location}|{string.Join(",", f.Properties?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value) ?? [])}").ToList();

    public static string Error(GateVerdict verdict) =>
        verdict.Findings.Single(f => f.RuleId == Core.Gates.GateOutcome.CouldNotEvaluateRule).Message;

    public static double Metric(GateVerdict verdict, string name) =>
        verdict.Metrics.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"{name} not in {JsonSerializer.Serialize(verdict.Metrics)}");

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Repository.Dispose();
    }
}
