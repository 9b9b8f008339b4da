using Toolkit.Testing;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>An action.yml as the runner reads it: metadata, inputs and outputs in file order, and <c>runs</c>.</summary>
internal sealed record ActionMetadata(
    string Folder,
    string? Name,
    string? Description,
    string? Icon,
    string? Color,
    IReadOnlyList<ActionInputMetadata> Inputs,
    IReadOnlyList<ActionOutputMetadata> Outputs,
    string? Using,
    string? Image,
    IReadOnlyList<string> Args)
{
    /// <summary>The container actions, by folder under <c>actions/</c>.</summary>
    public static IReadOnlyList<string> Folders { get; } =
        ["slo-gates", "supply-chain", "migration-gate", "performance-gate", "policy-ci", "dr-freshness", "decide", "protect"];

    public static TheoryData<string> All => [.. Folders];

    public static string PathOf(string folder) => RepositoryPaths.InRepo("actions", folder, "action.yml");

    public static ActionMetadata Load(string folder)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(PathOf(folder)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var runs = Map(root, "runs");
        return new ActionMetadata(
            folder,
            Text(root, "name"),
            Text(root, "description"),
            Text(Map(root, "branding"), "icon"),
            Text(Map(root, "branding"), "color"),
            Entries(Map(root, "inputs")).Select(e => new ActionInputMetadata(e.Name, Text(e.Node, "description"), Text(e.Node, "required") == "true", Text(e.Node, "default"))).ToList(),
            Entries(Map(root, "outputs")).Select(e => new ActionOutputMetadata(e.Name, Text(e.Node, "description"))).ToList(),
            Text(runs, "using"),
            Text(runs, "image"),
            runs?.Children.TryGetValue(new YamlScalarNode("args"), out var args) == true && args is YamlSequenceNode list
                ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
                : []);
    }

    public ActionInputMetadata Input(string name) => Inputs.Single(i => i.Name == name);

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static string? Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<(string Name, YamlMappingNode? Node)> Entries(YamlMappingNode? node) =>
        node?.Children.Select(c => (((YamlScalarNode)c.Key).Value ?? string.Empty, c.Value as YamlMappingNode)) ?? [];
}
