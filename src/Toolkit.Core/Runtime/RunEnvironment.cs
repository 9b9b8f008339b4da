namespace Toolkit.Core.Runtime;

/// <summary>
/// The process environment, read through one seam so tests can simulate a GitHub Actions runner without touching the
/// real one. Knows the variables GitHub documents for Actions.
/// </summary>
public sealed class RunEnvironment
{
    private readonly Func<string, string?> read;

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

    public string? this[string name] => Get(name);

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

    public string? Sha => Get("GITHUB_SHA");

    public string ServerUrl => Get("GITHUB_SERVER_URL") ?? "https://github.com";

    /// <summary>The URL of the current workflow run, when in Actions.</summary>
    public string? RunUrl => Repository is { } repo && Get("GITHUB_RUN_ID") is { } id
        ? $"{ServerUrl}/{repo}/actions/runs/{id}" + (Get("GITHUB_RUN_ATTEMPT") is { } attempt ? $"/attempts/{attempt}" : string.Empty)
        : null;

    public string? StepSummaryPath => Get("GITHUB_STEP_SUMMARY");

    public string? OutputPath => Get("GITHUB_OUTPUT");

    public string? EventPath => Get("GITHUB_EVENT_PATH");

    public string? EventName => Get("GITHUB_EVENT_NAME");

    public string? Workspace => Get("GITHUB_WORKSPACE");
}
