using System.CommandLine;
using Toolkit.Cli.Actions;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>action.yml inputs, the mapping tables and the CLI's options cannot drift apart.</summary>
public sealed class ActionMappingTests
{
    private static readonly RootCommand Root = GateCli.CreateRoot(
        new CliConsole(TextWriter.Null, TextWriter.Null, IsOutputRedirected: true), RunEnvironment.From(new Dictionary<string, string>()), GateCatalog.BuiltIn);

    [Fact]
    public void Every_container_action_has_a_mapping_and_every_mapping_an_action()
    {
        Assert.Equal(ActionMetadata.Folders.Order(StringComparer.Ordinal), ContainerActions.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void Every_input_is_mapped_and_every_mapping_names_a_declared_input(string folder)
    {
        var declared = ActionMetadata.Load(folder).Inputs.Select(i => i.Name).ToList();
        var mapped = ContainerActions.Find(folder)!.Inputs.Select(i => i.Name).ToList();

        Assert.True(declared.Except(mapped).ToList() is [], $"inputs of actions/{folder}/action.yml without a mapping in ContainerActions: {string.Join(", ", declared.Except(mapped))}");
        Assert.True(mapped.Except(declared).ToList() is [], $"mappings of {folder} in ContainerActions without an input in action.yml: {string.Join(", ", mapped.Except(declared))}");
        Assert.Equal(mapped.Distinct().Count(), mapped.Count);
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void Every_mapping_targets_an_option_the_command_has(string folder)
    {
        var action = ContainerActions.Find(folder)!;
        var verb = action.CommandName(GateCatalog.BuiltIn);
        var command = Root.Subcommands.Single(c => c.Name == verb);

        foreach (var input in action.Inputs)
        {
            if (input.Kind == ActionInputKind.Arguments)
            {
                Assert.NotEmpty(command.Arguments);
            }
            else
            {
                Assert.True(command.Options.Any(o => o.Name == input.Option || o.Aliases.Contains(input.Option!)), $"gate {verb} has no option {input.Option} for input '{input.Name}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void Flags_default_to_false_and_values_the_cli_skips_are_the_declared_defaults(string folder)
    {
        var metadata = ActionMetadata.Load(folder);
        foreach (var input in ContainerActions.Find(folder)!.Inputs)
        {
            var declared = metadata.Input(input.Name);
            if (input.Kind == ActionInputKind.Flag)
            {
                Assert.Equal("false", declared.Default);
            }

            if (input.CliDefault is not null)
            {
                Assert.Equal(input.CliDefault, declared.Default);
            }
        }
    }

    [Fact]
    public void Secret_inputs_are_masked_from_the_start()
    {
        Assert.Equal(["INPUT_DATABASE-URL", "INPUT_GITHUB-TOKEN"], ContainerActions.SecretVariables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_action_command_says_it_is_for_the_container_actions_and_has_help_with_examples()
    {
        using var cli = new CliHarness();

        await cli.RunRawAsync("--help");
        var exit = await cli.RunRawAsync("action", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("For the container actions (actions/*/action.yml), not for typing", cli.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", cli.Out, StringComparison.Ordinal);
        Assert.Contains("policy-ci", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_without_the_gate_says_so_and_exits_2()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunRawAsync("action", "policy-ci");

        Assert.Equal(2, exit);
        Assert.Contains("::error title=gate action policy-ci::This build of the toolkit has no policy-ci gate", cli.Out, StringComparison.Ordinal);
    }
}
