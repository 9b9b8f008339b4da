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

        // Help wraps at 80 columns, so compare the text with its line breaks folded.
        Assert.Contains("2 usage or input error", string.Join(' ', cli.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
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
            // A command row starts its line with two spaces; wrapped descriptions are indented further.
            Assert.DoesNotContain($"\n  {gate} ", cli.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_fits_an_80_column_terminal_for_every_command()
    {
        // Given the built-in gates (the longest names and descriptions)
        using var cli = new CliHarness([.. GateCatalog.BuiltIn.Gates]);
        var root = GateCli.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null, IsOutputRedirected: true), Toolkit.Core.Runtime.RunEnvironment.From(new Dictionary<string, string>()), GateCatalog.BuiltIn);
        var commands = new List<string[]> { Array.Empty<string>() };
        commands.AddRange(root.Subcommands.Select(c => new[] { c.Name }));
        commands.AddRange(root.Subcommands.SelectMany(c => c.Subcommands.Select(s => new[] { c.Name, s.Name })));

        foreach (var command in commands)
        {
            // When its help is printed
            var exit = await cli.RunRawAsync([.. command, "--help"]);

            // Then every line fits in 80 columns, and the descriptions start well before the right edge
            Assert.Equal(0, exit);
            var lines = cli.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.All(lines, line => Assert.True(line.Length <= 80, $"gate {string.Join(' ', command)} --help: {line.Length} columns: {line}"));
        }
    }
}
