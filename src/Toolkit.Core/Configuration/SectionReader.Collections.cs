using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Configuration;

/// <summary>Lists and nested mappings of a section.</summary>
public sealed partial class SectionReader
{
    /// <summary>A list of strings; a single scalar is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Raw(key);
        if (IsAbsent(node))
        {
            return [];
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return [scalar.Value ?? string.Empty];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode s && !IsNull(s))
                    {
                        items.Add(s.Value ?? string.Empty);
                    }
                    else
                    {
                        Report(item, $"'{key}' must list strings; this item is a {Describe(item)}.");
                    }
                }

                return items;
            default:
                Report(node, $"'{key}' must be a list of strings, not a {Describe(node)}.");
                return [];
        }
    }

    /// <summary>A nested mapping read with the same diagnostics, or null when the key is absent.</summary>
    public SectionReader? Mapping(string key)
    {
        var node = Raw(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlMappingNode mapping:
                return new SectionReader(File, mapping, diagnostics);
            default:
                Report(node, $"'{key}' must be a mapping (key: value lines), not a {Describe(node)}.");
                return null;
        }
    }

    /// <summary>A list of mappings, each read with the same diagnostics.</summary>
    public IReadOnlyList<SectionReader> MappingList(string key)
    {
        var node = Raw(key);
        if (IsAbsent(node))
        {
            return [];
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                var readers = new List<SectionReader>();
                foreach (var item in sequence)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        readers.Add(new SectionReader(File, mapping, diagnostics));
                    }
                    else
                    {
                        Report(item, $"each entry of '{key}' must be a mapping, not a {Describe(item)}.");
                    }
                }

                return readers;
            default:
                Report(node, $"'{key}' must be a list, not a {Describe(node)}.");
                return [];
        }
    }

    // Absent and `key: ~` both mean "no list".
    private static bool IsAbsent([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] YamlNode? node) => node is null || (node is YamlScalarNode scalar && IsNull(scalar));
}
