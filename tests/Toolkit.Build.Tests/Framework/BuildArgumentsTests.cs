using Toolkit.Build.Framework;

namespace Toolkit.Build.Tests.Framework;

public sealed class BuildArgumentsTests
{
    [Fact]
    public void Defaults_to_the_Default_target_in_Release()
    {
        var result = BuildArguments.Parse([]);

        Assert.Equal(new BuildArguments("Default", "Release", null, false), result.Value);
    }

    [Theory]
    [InlineData("--target", "Test", "--configuration", "Debug", "--verbosity", "Quiet")]
    [InlineData("--target=Test", "--configuration=debug", "--verbosity=quiet")]
    [InlineData("-t", "Test", "-c", "DEBUG", "-v", "quiet")]
    public void Reads_the_Cake_options_in_every_spelling(params string[] args)
    {
        var result = BuildArguments.Parse(args);

        Assert.Equal(new BuildArguments("Test", "Debug", "quiet", false), result.Value);
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var result = BuildArguments.Parse(["--configuration", "Fast", "--bogus", "--target"]);

        Assert.Null(result.Value);
        Assert.Equal(
            ["--configuration must be one of Debug, Release; got 'Fast'.", "Unknown argument '--bogus'.", "--target needs a value."],
            result.Errors);
    }
}
