using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>Reads YAML lockfiles (pnpm-lock.yaml, Yarn Berry's yarn.lock) keeping each node's line for errors.</summary>
internal static class YamlLockfile
{
    public static YamlMappingNode Parse(string path, string text, string fix)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw LockfileBuilder.Fail(path, 1, "the document is not a YAML mapping", fix);
            }

            return root;
        }
        catch (YamlException ex)
        {
            throw LockfileBuilder.Fail(path, (int)Math.Max(1, ex.Start.Line), $"not valid YAML ({ex.Message})", fix);
        }
    }

    public static YamlMappingNode? Map(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    public static string? Scalar(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static bool Flag(this YamlMappingNode node, string key) => node.Scalar(key) == "true";

    public static IEnumerable<(string Key, YamlNode Value, int Line)> Entries(this YamlMappingNode? node) =>
        node is null ? [] : node.Children.Select(p => ((p.Key as YamlScalarNode)?.Value ?? p.Key.ToString(), p.Value, (int)p.Key.Start.Line));

    /// <summary>Entries whose value must be a mapping; any other shape is an error naming the entry.</summary>
    public static IEnumerable<(string Key, YamlMappingNode Value, int Line)> MapEntries(this YamlMappingNode? node, LockfileBuilder builder, string fix) =>
        node.Entries().Select(e => e.Value is YamlMappingNode map
            ? (e.Key, map, e.Line)
            : throw builder.Error(e.Line, $"entry '{e.Key}' is {Describe(e.Value)}, not a mapping", fix));

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" or "null" or "~" } => "empty",
        YamlScalarNode scalar => $"the scalar '{scalar.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
