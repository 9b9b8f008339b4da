namespace Toolkit.BadInput.Tests;

/// <summary>A GitHub API (or a proxy in front of it) that answers 200 with HTML or JSON of the wrong shape: an error message, never a crash or a lost verdict.</summary>
public sealed class GitHubApiBadAnswerTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Theory]
    [InlineData("<html><body>Sign in to the proxy</body></html>", "text/html")]
    [InlineData("{\"unexpected\": true}", "application/json")]
    [InlineData("[1, 2, 3]", "application/json")]
    public async Task Publish_says_the_answer_is_not_the_api_and_exits_non_zero_when_every_post_failed(string body, string type)
    {
        using var github = new HtmlServer(body, type);
        using var gate = new GateProcess()
            .WithEnvironment("GITHUB_API_URL", github.Url)
            .WithFile("gates/policy-ci.verdict.json", Verdicts.Json("policy-ci", "\"pass\""));

        var result = await gate.RunAsync("publish", "--from", "gates", "--repository", "acme/shop", "--sha", Sha, "--publish", "check", "--github-token", "t0k3n-value", "--github-budget", "30");

        result.AssertNotPass();
        Assert.Contains("not the expected JSON", result.All, StringComparison.Ordinal);
        Assert.Contains("nothing was published", result.All, StringComparison.Ordinal);
        Assert.True(github.Requests > 0);
    }

    [Fact]
    public async Task A_gate_run_whose_publishing_gets_html_still_writes_its_verdict()
    {
        using var github = new HtmlServer("<html>maintenance</html>");
        using var gate = new GateProcess()
            .WithEnvironment("GITHUB_ACTIONS", "true")
            .WithEnvironment("GITHUB_API_URL", github.Url)
            .WithEnvironment("GITHUB_EVENT_NAME", "schedule")
            .WithEnvironment("GITHUB_REPOSITORY", "acme/shop")
            .WithEnvironment("GITHUB_SHA", Sha)
            .WithEnvironment("GITHUB_TOKEN", "t0k3n-value")
            .WithFile("deploy/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: b\n");

        var result = await gate.RunAsync("policy", "deploy", "--publish", "check", "--github-budget", "30");

        result.AssertNoCrash();
        Assert.Contains("not the expected JSON", result.All, StringComparison.Ordinal);
        Assert.Contains("artifacts/gates/policy-ci.verdict.json", gate.Files());
    }
}
