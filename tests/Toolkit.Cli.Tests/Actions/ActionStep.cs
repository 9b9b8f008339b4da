using Toolkit.Core.Runtime;
using Toolkit.Testing.GitHub;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>
/// A step that <c>uses:</c> a container action, run the way the GitHub runner runs it, in-process: the action.yml is
/// parsed; every declared input is set as <c>INPUT_&lt;NAME&gt;</c> (upper-cased, spaces as underscores, hyphens kept)
/// from the step's <c>with:</c> or else its default, with <c>${{ github.token }}</c> replaced by the job's token; the
/// job's <c>GITHUB_*</c> variables and files come from <see cref="ActionsEnvironment"/>, with
/// <c>GITHUB_WORKSPACE</c> at the checked-out repository and no <c>GITHUB_TOKEN</c> variable (a container action
/// sees the token only through its input); and the action's <c>args</c> go to the image's entrypoint, the CLI.
/// </summary>
internal sealed class ActionStep(string folder, ActionsEnvironment job, string workspace)
{
    public ActionMetadata Metadata { get; } = ActionMetadata.Load(folder);

    /// <summary>The token the job has (<c>github.token</c>).</summary>
    public string Token { get; } = job.Variables["GITHUB_TOKEN"];

    public string Workspace => workspace;

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    /// <summary>What the container saw: the variables the runner passed.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; private set; } = new Dictionary<string, string>();

    /// <summary>Extra container variables (e.g. the image's own ENV).</summary>
    public Dictionary<string, string> ImageEnvironment { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Outputs => job.ReadOutputs();

    public string Summary => job.ReadStepSummary();

    /// <summary>Everything printed except the runner's <c>::add-mask::</c> registrations.</summary>
    public string Printed => string.Join("\n", (Out + Error).Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string>? with = null)
    {
        var variables = new Dictionary<string, string>(job.Variables, StringComparer.Ordinal);
        variables.Remove("GITHUB_TOKEN");
        variables["GITHUB_WORKSPACE"] = workspace;
        foreach (var (name, value) in ImageEnvironment)
        {
            variables[name] = value;
        }

        foreach (var input in Metadata.Inputs)
        {
            var value = with is not null && with.TryGetValue(input.Name, out var given) ? given : Evaluate(input.Default ?? string.Empty);
            variables["INPUT_" + input.Name.Replace(' ', '_').ToUpperInvariant()] = value;
        }

        var unknown = with?.Keys.Except(Metadata.Inputs.Select(i => i.Name)).ToList() ?? [];
        Assert.True(unknown.Count == 0, $"The step passes inputs that actions/{folder}/action.yml does not declare: {string.Join(", ", unknown)}");
        Environment = variables;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GateCli.RunAsync([.. Metadata.Args], new CliConsole(output, error, IsOutputRedirected: true), RunEnvironment.From(variables), GateCatalog.BuiltIn, CancellationToken.None);
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    /// <summary>Points the pull request's base at <paramref name="sha"/> (a commit the checkout has, as with fetch-depth: 0).</summary>
    public static void SetPullRequestBase(ActionsEnvironment job, string sha)
    {
        job.Payload["pull_request"]!["base"]!.AsObject()["sha"] = sha;
        File.WriteAllText(job.EventPath, job.Payload.ToJsonString());
    }

    /// <summary>The only expression the actions' defaults use; anything else would be a test that lies.</summary>
    private string Evaluate(string value)
    {
        var evaluated = value.Replace("${{ github.token }}", Token, StringComparison.Ordinal);
        Assert.DoesNotContain("${{", evaluated, StringComparison.Ordinal);
        return evaluated;
    }
}
