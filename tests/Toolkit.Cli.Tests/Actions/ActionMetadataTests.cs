using System.Text.RegularExpressions;
using System.Xml.Linq;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>Each action.yml has what GitHub and the Marketplace need, and all run the same published image.</summary>
public sealed partial class ActionMetadataTests
{
    /// <summary>The branding colors GitHub accepts.</summary>
    private static readonly HashSet<string> Colors = ["white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"];

    /// <summary>Feather icons that are on GitHub's list of supported branding icons (a subset: the ones worth using here).</summary>
    private static readonly HashSet<string> Icons =
    [
        "activity", "alert-circle", "bar-chart", "bar-chart-2", "box", "check", "check-circle", "check-square", "clipboard",
        "cpu", "database", "git-branch", "git-merge", "git-pull-request", "layers", "lock", "package", "shield", "zap",
    ];

    [Fact]
    public void There_is_one_action_folder_per_container_action_and_the_composite_setup_action_stays()
    {
        var folders = Directory.GetDirectories(RepositoryPaths.InRepo("actions")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([.. ActionMetadata.Folders.Append("setup-gate").Order(StringComparer.Ordinal)], folders);
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void Metadata_is_complete(string folder)
    {
        var action = ActionMetadata.Load(folder);

        Assert.False(string.IsNullOrWhiteSpace(action.Name));
        Assert.False(string.IsNullOrWhiteSpace(action.Description));
        Assert.Contains(action.Icon ?? "(none)", Icons);
        Assert.Contains(action.Color ?? "(none)", Colors);
        Assert.NotEmpty(action.Inputs);
        foreach (var input in action.Inputs)
        {
            Assert.True(InputName().IsMatch(input.Name), $"{folder}: input '{input.Name}' is not kebab-case");
            Assert.False(string.IsNullOrWhiteSpace(input.Description), $"{folder}: input '{input.Name}' has no description");
            Assert.True(input.Required || input.Default is not null, $"{folder}: optional input '{input.Name}' has no default");
        }

        foreach (var output in action.Outputs)
        {
            Assert.False(string.IsNullOrWhiteSpace(output.Description), $"{folder}: output '{output.Name}' has no description");
        }

        Assert.Equal("docker", action.Using);
        Assert.Equal(["action", folder], action.Args);
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void Outputs_are_the_ones_the_cli_writes(string folder)
    {
        var outputs = ActionMetadata.Load(folder).Outputs.Select(o => o.Name).ToList();

        string[] expected = folder switch
        {
            "decide" => ["decision", "verdict", "summary", "verdict-file"],
            "protect" => ["verdict", "summary", "verdict-file", "outcome", "required-checks"],
            _ => ["verdict", "summary", "verdict-file"],
        };
        Assert.Equal(expected, outputs);
    }

    [Theory]
    [MemberData(nameof(ActionMetadata.All), MemberType = typeof(ActionMetadata))]
    public void The_token_input_defaults_to_the_job_token_and_the_common_inputs_have_the_same_defaults(string folder)
    {
        var action = ActionMetadata.Load(folder);

        Assert.Equal("${{ github.token }}", action.Input("github-token").Default);
        Assert.Equal(".github/gates.yml", action.Input("config").Default);
        Assert.Equal(".", action.Input("working-directory").Default);
    }

    [Fact]
    public void Every_action_runs_the_same_image_pinned_by_digest_at_the_toolkit_version()
    {
        var images = ActionMetadata.Folders.Select(f => ActionMetadata.Load(f).Image).Distinct().ToList();

        var image = Assert.Single(images);
        var match = Image().Match(image ?? string.Empty);
        Assert.True(match.Success, $"'{image}' is not docker://ghcr.io/toolkit/gate:<version>@sha256:<digest>");
        var version = XDocument.Load(RepositoryPaths.InRepo("Directory.Build.props")).Descendants("Version").Single().Value;
        Assert.Equal(version, match.Groups["version"].Value);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex InputName();

    [GeneratedRegex("^docker://ghcr\\.io/toolkit/gate:(?<version>[0-9][^@]*)@sha256:[0-9a-f]{64}$")]
    private static partial Regex Image();
}
