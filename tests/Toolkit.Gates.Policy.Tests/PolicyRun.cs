using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>Runs the gate the way the runner does, with an empty (non-Actions) environment unless one is given.</summary>
internal static class PolicyRun
{
    public static RunEnvironment NoActions { get; } = RunEnvironment.From(new Dictionary<string, string>());

    /// <summary>The gate's checks over <paramref name="options"/> as given (no gates.yml, no evidence).</summary>
    public static Task<GateOutcome> EvaluateAsync(string root, PolicyOptions? options = null, RunEnvironment? environment = null) =>
        new PolicyGate(environment: environment ?? NoActions).RunAsync(root, options ?? new PolicyOptions(), null, TextWriter.Null, CancellationToken.None);

    /// <summary>Through <see cref="PolicyGate"/> with a gates.yml loaded from <paramref name="root"/>.</summary>
    public static async Task<GateOutcome> GateAsync(string root, PolicyOverrides? overrides = null, RunEnvironment? environment = null)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(root, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var context = new GateContext(root, loaded.Value!, Path.Combine(root, "artifacts", "gates", GateIds.Policy), TextWriter.Null)
        {
            Section = loaded.Value!.SectionFor(GateIds.Policy),
        };
        // As the CLI does: branch protection is read through GitHub when the job has a token and a repository.
        var job = environment ?? NoActions;
        return await new PolicyGate(overrides, job, Toolkit.GitHub.Protection.GitHubRequiredChecks.FromEnvironment(job)).EvaluateAsync(context, CancellationToken.None);
    }

    /// <summary>Through the runner (waivers applied, JSON verdict written) with the gates.yml of <paramref name="root"/>.</summary>
    public static async Task<GateRun> RunnerAsync(string root)
    {
        var config = new GatesConfigLoader([GateIds.Policy]).LoadFile(root, null).Value!;
        using var output = new TempDirectory();
        return await new GateRunner().RunAsync(new PolicyGate(environment: NoActions), config, new RunOptions(root, output.Path) { Formats = ["json"] }, CancellationToken.None);
    }

    public static IReadOnlyList<(string Rule, int Line)> At(this GateOutcome outcome, string path) =>
        outcome.Findings.Where(f => f.Location?.Path == path).Select(f => (f.RuleId, f.Location!.Line)).Order().ToList();

    public static string Describe(this IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Location}: {f.RuleId}: {f.Message}"));
}
