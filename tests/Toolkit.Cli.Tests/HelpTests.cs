using Toolkit.Cli.Tests.Fakes;
using Toolkit.Core.Gates;

namespace Toolkit.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public async Task Root_help_lists_every_command_and_the_exit_codes()
    {
        using var cli = new CliHarness(new ScriptedGateCommand(GateIds.Policy, _ => new GateOutcome("ok")));

        var exit = await cli.RunRawAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "run", "decide", "config", "policy-ci" })
        {
            Assert.Contains($"  {command} ", cli.Out, StringComparison.Ordinal);
        }

        Assert.Contains("2 usage or input error", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("decide")]
    [InlineData("config")]
    [InlineData("config", "validate")]
    [InlineData("config", "schema")]
    public async Task Every_command_has_help_with_examples(params string[] command)
    {
        using var cli = new CliHarness();

        var exit = await cli.RunRawAsync([.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", cli.Out, StringComparison.Ordinal);
        if (command is not ["config"])
        {
            Assert.Contains("Examples:", cli.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_gates_that_exist_are_listed()
    {
        using var cli = new CliHarness();

        await cli.RunRawAsync("--help");

        Assert.Contains("Gates in this version: none yet.", cli.Out, StringComparison.Ordinal);
        foreach (var gate in GateIds.All)
        {
            Assert.DoesNotContain($"  {gate} ", cli.Out, StringComparison.Ordinal);
        }
    }
}
