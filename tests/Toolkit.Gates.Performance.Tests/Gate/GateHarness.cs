using System.Text.Json;
using Toolkit.Cli;
using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Gate;

/// <summary>Runs <c>gate performance</c> in-process against a temp repository holding copies of the sample files.</summary>
internal sealed class GateHarness : IDisposable
{
    public GateHarness()
        : this(new TempDirectory())
    {
    }

    /// <param name="repo">The repository directory, e.g. a <see cref="GitRepository"/>'s; the harness deletes it when disposed.</param>
    public GateHarness(TempDirectory repo) => Repo = repo;

    public TempDirectory Repo { get; }

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public GateHarness WithSample(string sample, string destination)
    {
        Repo.Write(destination, Samples.Text(sample));
        return this;
    }

    public GateHarness WithFile(string destination, string content)
    {
        Repo.Write(destination, content);
        return this;
    }

    public GateHarness WithConfig(string performanceSection)
    {
        Repo.Write(".github/gates.yml", "version: 1\ngates:\n  performance-gate:\n" + performanceSection);
        return this;
    }

    public async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = RunEnvironment.From(new Dictionary<string, string> { ["CI"] = "true" });
        var exit = await GateCli.RunAsync(["performance", .. args, "--repo", Repo.Path], new CliConsole(output, error, IsOutputRedirected: true), environment, GateCatalog.BuiltIn, CancellationToken.None);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    public JsonElement Verdict() =>
        JsonDocument.Parse(File.ReadAllText(Repo.Combine("artifacts", "gates", "performance-gate.verdict.json"))).RootElement;

    public string Evidence(string name) => File.ReadAllText(Repo.Combine("artifacts", "gates", "performance-gate", "perf", name));

    public void Dispose() => Repo.Dispose();
}
