namespace Toolkit.BadInput.Tests;

/// <summary>
/// policy-ci inputs that used to pass silently or crash (issue 18): each makes the verdict <c>error</c> (exit 1, as for any
/// gate that cannot evaluate) with a message that names the file and says what was not checked; no stack trace.
/// </summary>
public sealed class PolicyBadInputTests
{
    private const string Args = "--publish";

    private static void AssertCouldNotEvaluate(GateResult result, string fragment)
    {
        result.AssertNotPass();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ERROR", result.All, StringComparison.Ordinal);
        Assert.Contains(fragment, result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../..")]
    public async Task A_path_outside_the_repository_is_an_input_error(string path)
    {
        using var gate = new GateProcess().WithFile("Dockerfile", "FROM alpine:3.22\nUSER 1000\n");

        var result = await gate.RunAsync("policy", path, Args, "none");

        AssertCouldNotEvaluate(result, "outside the repository");
    }

    [Theory]
    [InlineData("docs")]
    [InlineData("--pack=dockerfile")]
    public async Task A_run_that_finds_nothing_to_check_is_an_error(string scope)
    {
        using var gate = new GateProcess().WithFile("docs/README.md", "# hello\n").WithFile(".github/CODEOWNERS", "* @acme/team\n");

        var result = await gate.RunAsync("policy", scope, Args, "none");

        AssertCouldNotEvaluate(result, "Nothing was checked");
    }

    [Fact]
    public async Task A_named_file_of_no_checked_kind_is_an_input_error()
    {
        using var gate = new GateProcess().WithFile("notes.txt", "hello\n").WithFile("Dockerfile", "FROM alpine:3.22\nUSER 1000\n");

        var result = await gate.RunAsync("policy", "notes.txt", Args, "none");

        AssertCouldNotEvaluate(result, "'notes.txt' is not a file policy-ci checks");
    }

    [Theory]
    [InlineData("Dockerfile", "", "Dockerfile:1:1")]
    [InlineData("Dockerfile", "\0\u0001\u0002", "is binary")]
    [InlineData(".github/workflows/ci.yml", "on: push\njobs:\n  - build\n", ".github/workflows/ci.yml:2:1")]
    public async Task An_empty_or_binary_Dockerfile_or_a_workflow_with_a_jobs_list_is_an_input_error(string path, string text, string fragment)
    {
        using var gate = new GateProcess().WithFile(path, text);

        var result = await gate.RunAsync("policy", Args, "none");

        AssertCouldNotEvaluate(result, fragment);
        Assert.Contains("checked", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_manifest_is_checked_like_a_yaml_one()
    {
        using var gate = new GateProcess().WithFile("deploy/pod.json", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}""");

        var result = await gate.RunAsync("policy", Args, "none");

        result.AssertNotPass();
        Assert.Contains("policy/k8s/run-as-non-root", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"big\"")]
    [InlineData("1.5e3")]
    [InlineData("null")]
    public async Task A_non_numeric_image_size_is_an_input_error_naming_the_file(string size)
    {
        using var gate = new GateProcess()
            .WithFile("sizes.json", $$"""[{"RepoTags": ["ghcr.io/acme/web:1"], "Size": {{size}}}]""")
            .WithFile("Dockerfile", "FROM alpine:3.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER 1000\n");

        var result = await gate.RunAsync("policy", "--pack", "images", "--pack", "dockerfile", "--image-sizes", "sizes.json", Args, "none");

        AssertCouldNotEvaluate(result, "sizes.json");
    }
}
