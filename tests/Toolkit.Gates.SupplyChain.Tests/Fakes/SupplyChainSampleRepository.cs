using Toolkit.Cli;
using Toolkit.Cli.Gates;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Tests.Fakes;

/// <summary>
/// A git repository with a .NET project (packages.lock.json) and an npm app (package-lock.json), an offline OSV
/// database, and a base commit; the head is the working tree. The gate runs through the real CLI.
/// </summary>
internal sealed class SupplyChainSampleRepository : IDisposable
{
    public const string CriticalAdvisory = "GHSA-7x3q-9c4m-qh2w";
    public const string CriticalCve = "CVE-2026-31337";

    public SupplyChainSampleRepository()
    {
        Repo.Write("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Repo.Write("src/Api/packages.lock.json", Samples.PackagesLock(("Serilog", "3.1.1", "Direct", [])));
        Repo.Write("web/package-lock.json", NpmLock(("node_modules/lodash", "4.17.21", "MIT", false, [])));
        Repo.Write("osv/GHSA-7x3q-9c4m-qh2w.json", Samples.Osv(CriticalAdvisory, "NuGet", "Acme.Json", "0", "2.0.1", Samples.Critical, [CriticalCve]));
        Repo.Write("osv/GHSA-2222-3333-4444.json", Samples.Osv("GHSA-2222-3333-4444", "npm", "lodash", "4.0.0", "4.17.21", Samples.Moderate));
        Config(string.Empty);
        Repo.Commit("base");
    }

    public GitRepository Repo { get; } = new();

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public static string NpmLock(params (string Path, string Version, string? License, bool Dev, string[] Deps)[] packages) =>
        Samples.NpmLock("web", packages.ToDictionary(p => p.Path["node_modules/".Length..], _ => "*"), packages);

    /// <summary>
    /// Writes gates.yml with the supply-chain section plus <paramref name="extra"/> lines under it, and waivers;
    /// <paramref name="database"/> is the section's first line (the offline database by default).
    /// </summary>
    public void Config(string extra, string waivers = "[]", string database = "osv_database: osv") => Repo.Write(".github/gates.yml", $"""
        version: 1
        settings:
          formats: [json, markdown]
        waivers: {waivers}
        gates:
          supply-chain:
            {database}
            licenses:
              deny: [GPL-3.0-only, AGPL-3.0-only]
              unknown: allow
        {extra}
        """);

    /// <summary>The head adds Acme.Json 2.0.0, which has a critical advisory.</summary>
    public void AddVulnerablePackage() =>
        Repo.Write("src/Api/packages.lock.json", Samples.PackagesLock(("Serilog", "3.1.1", "Direct", []), ("Acme.Json", "2.0.0", "Direct", [])));

    public async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal) { ["CI"] = "true" });
        var exit = await GateCli.RunAsync([.. args, "--repo", Repo.Path], new CliConsole(output, error, IsOutputRedirected: true), environment, new GateCatalog([new SupplyChainGateCommand()]), CancellationToken.None);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    /// <summary>Runs the gate through the real <see cref="GateRunner"/> on <paramref name="clock"/> (retry waits, TTL) against HEAD.</summary>
    public async Task<GateVerdict> RunGateAsync(TimeProvider clock, SupplyChainOverrides? overrides = null)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(Repo.Path, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var options = new RunOptions(Repo.Path, Repo.Directory.Combine("artifacts", "gates")) { Clock = clock, BaseRef = "HEAD" };
        var run = await new GateRunner().RunAsync(new SupplyChainGate(overrides), loaded.Value!, options, CancellationToken.None);
        return run.Verdict;
    }

    public string Evidence(string file) => File.ReadAllText(Repo.Directory.Combine("artifacts", "gates", "supply-chain", file));

    public string Verdict() => File.ReadAllText(Repo.Directory.Combine("artifacts", "gates", "supply-chain.verdict.json"));

    public void Dispose() => Repo.Dispose();
}
