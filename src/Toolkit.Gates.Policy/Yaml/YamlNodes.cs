using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Yaml;

/// <summary>Small, allocation-light lookups over YamlDotNet's representation model that keep the source marks.</summary>
internal static class YamlNodes
{
    /// <summary>The key node and value of <paramref name="key"/> in a mapping, or null.</summary>
    public static (YamlScalarNode Key, YamlNode Value)? Entry(this YamlNode? node, string key)
    {
        if (node is not YamlMappingNode mapping)
        {
            return null;
        }

        foreach (var pair in mapping.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return (scalar, pair.Value);
            }
        }

        return null;
    }

    public static YamlNode? Get(this YamlNode? node, string key) => node.Entry(key)?.Value;

    /// <summary>Follows a chain of mapping keys.</summary>
    public static YamlNode? Path(this YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node.Get(key);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(this YamlNode? node) => node is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    public static string? Text(this YamlNode? node, string key) => node.Get(key).Text();

    public static bool IsTrue(this YamlNode? node) => node.Text()?.ToLowerInvariant() is "true" or "yes" or "on";

    public static bool IsFalse(this YamlNode? node) => node.Text()?.ToLowerInvariant() is "false" or "no" or "off";

    public static IEnumerable<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Pairs(this YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children : [];

    /// <summary>Where a key is when present, else where its parent is, so a "missing" finding lands on the nearest line.</summary>
    public static Mark KeyOrSelf(this YamlNode node, string key) => node.Entry(key)?.Key.Start ?? node.Start;

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
