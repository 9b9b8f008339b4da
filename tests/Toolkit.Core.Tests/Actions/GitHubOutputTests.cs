using Toolkit.Core.Actions;
using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Actions;

public sealed class GitHubOutputTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string path;

    public GitHubOutputTests() => path = temp.Combine("output");

    private RunEnvironment Environment => RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_OUTPUT"] = path });

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Single_and_multi_line_values_read_back_as_written_by_the_runner()
    {
        var output = new GitHubOutput(Environment);
        const string markdown = "## Verdict\r\n\nfail: 2 findings\nname=value looking line\n";

        output.Set("verdict", "fail");
        output.Set("summary_md", markdown);
        output.Set("equals", "a=b=c");

        var read = RunnerOutputFile.Parse(File.ReadAllText(path));
        Assert.Equal("fail", read["verdict"]);
        Assert.Equal(markdown, read["summary_md"]);
        Assert.Equal("a=b=c", read["equals"]);
    }

    [Fact]
    public void Multi_line_values_use_a_ghadelimiter_heredoc()
    {
        var text = new GitHubOutput(Environment).Format("report", "a\nb");

        var lines = text.Split('\n');
        Assert.StartsWith("report<<ghadelimiter_", lines[0], StringComparison.Ordinal);
        Assert.Equal(lines[0]["report<<".Length..], lines[3]);
        Assert.Equal(["a", "b"], lines[1..3]);
    }

    [Fact]
    public void A_delimiter_the_value_contains_is_never_used()
    {
        var delimiters = new Queue<string>(["ghadelimiter_1", "ghadelimiter_2"]);
        var output = new GitHubOutput(Environment, delimiters.Dequeue);

        output.Set("tricky", "first\nghadelimiter_1\nlast");

        Assert.Equal("tricky<<ghadelimiter_2\nfirst\nghadelimiter_1\nlast\nghadelimiter_2\n", File.ReadAllText(path));
        Assert.Equal("first\nghadelimiter_1\nlast", RunnerOutputFile.Parse(File.ReadAllText(path))["tricky"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("has space")]
    [InlineData("a=b")]
    [InlineData("a<<b")]
    public void Invalid_names_are_rejected(string name)
    {
        Assert.False(GitHubOutput.IsValidName(name));
        Assert.Throws<ArgumentException>(() => new GitHubOutput(Environment).Set(name, "x"));
    }

    [Fact]
    public void Returns_false_outside_actions()
    {
        Assert.False(new GitHubOutput(RunEnvironment.From(new Dictionary<string, string>())).Set("verdict", "pass"));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_error_naming_the_variable_and_the_path()
    {
        var full = RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_OUTPUT"] = "/dev/full" });

        var error = Assert.Throws<IOException>(() => new GitHubOutput(full).Set("verdict", "pass"));

        Assert.StartsWith("cannot write GITHUB_OUTPUT (/dev/full):", error.Message, StringComparison.Ordinal);
    }
}
