namespace Toolkit.Core.Runtime;

/// <summary>
/// The process environment, read through one seam so tests can simulate a GitHub Actions runner without touching the
/// real one. Knows the variables GitHub documents for Actions.
/// </summary>
public sealed class RunEnvironment
{
    private readonly Func<string, string?> read;

    /// <param name="read">Reads one variable by name; null (or empty) when it is not set.</param>
    public RunEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        this.read = read;
    }

    /// <summary>The real process environment.</summary>
    public static RunEnvironment Process { get; } = new(System.Environment.GetEnvironmentVariable);

    /// <summary>An environment made of the given variables only.</summary>
    public static RunEnvironment From(IReadOnlyDictionary<string, string> variables) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null);

    /// <summary>The same as <see cref="Get"/>.</summary>
    public string? this[string name] => Get(name);

    /// <summary>A variable's value; null when it is unset or empty, as Actions treats both the same.</summary>
    public string? Get(string name)
    {
        var value = read(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>True in a GitHub Actions job (<c>GITHUB_ACTIONS=true</c>).</summary>
    public bool IsGitHubActions => string.Equals(Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True on any CI (<c>CI=true</c>): output is plain and stable.</summary>
    public bool IsCi => string.Equals(Get("CI"), "true", StringComparison.OrdinalIgnoreCase) || IsGitHubActions;

    /// <summary><c>owner/name</c>.</summary>
    public string? Repository => Get("GITHUB_REPOSITORY");

    /// <summary>The commit the workflow runs on (<c>GITHUB_SHA</c>).</summary>
    public string? Sha => Get("GITHUB_SHA");

    /// <summary>The GitHub server (<c>GITHUB_SERVER_URL</c>); <c>https://github.com</c> when unset.</summary>
    public string ServerUrl => Get("GITHUB_SERVER_URL") ?? "https://github.com";

    /// <summary>The URL of the current workflow run, when in Actions.</summary>
    public string? RunUrl => Repository is { } repo && Get("GITHUB_RUN_ID") is { } id
        ? $"{ServerUrl}/{repo}/actions/runs/{id}" + (Get("GITHUB_RUN_ATTEMPT") is { } attempt ? $"/attempts/{attempt}" : string.Empty)
        : null;

    /// <summary>The job summary file (<c>GITHUB_STEP_SUMMARY</c>).</summary>
    public string? StepSummaryPath => Get("GITHUB_STEP_SUMMARY");

    /// <summary>The step outputs file (<c>GITHUB_OUTPUT</c>).</summary>
    public string? OutputPath => Get("GITHUB_OUTPUT");

    /// <summary>The webhook event payload file (<c>GITHUB_EVENT_PATH</c>).</summary>
    public string? EventPath => Get("GITHUB_EVENT_PATH");

    /// <summary>The event that triggered the workflow, e.g. <c>pull_request</c> (<c>GITHUB_EVENT_NAME</c>).</summary>
    public string? EventName => Get("GITHUB_EVENT_NAME");

    /// <summary>The checkout directory (<c>GITHUB_WORKSPACE</c>).</summary>
    public string? Workspace => Get("GITHUB_WORKSPACE");
}
