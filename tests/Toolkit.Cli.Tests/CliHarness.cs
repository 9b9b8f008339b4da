using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests;

/// <summary>Runs the CLI in-process against a temp repository, capturing what a user would see.</summary>
internal sealed class CliHarness : IDisposable
{
    private readonly Dictionary<string, string> environment = new(StringComparer.Ordinal) { ["CI"] = "true" };

    public CliHarness(params IGateCommand[] gates) => Catalog = new GateCatalog(gates);

    public TempDirectory Repo { get; } = new();

    public GateCatalog Catalog { get; }

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public CliHarness WithConfig(string yaml)
    {
        Repo.Write(".github/gates.yml", yaml);
        return this;
    }

    public CliHarness WithEnvironment(string name, string value)
    {
        environment[name] = value;
        return this;
    }

    /// <summary>Replaces the environment with a simulated runner's (plus CI=true).</summary>
    public CliHarness WithEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return this;
    }

    public async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GateCli.RunAsync([.. args, "--repo", Repo.Path], new CliConsole(output, error, IsOutputRedirected: true), RunEnvironment.From(environment), Catalog, CancellationToken.None);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    /// <summary>Runs without appending --repo (for commands that do not take it).</summary>
    public async Task<int> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GateCli.RunAsync(args, new CliConsole(output, error, IsOutputRedirected: true), RunEnvironment.From(environment), Catalog, CancellationToken.None);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    public string OutputFile(params string[] parts) => Repo.Combine(["artifacts", "gates", .. parts]);

    public void Dispose() => Repo.Dispose();
}
