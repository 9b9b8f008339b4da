using System.Globalization;
using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Custom;

/// <summary>
/// Evaluates a dot path (<c>spec.template.spec.containers[*].image</c>) over a YAML document, fanning out at
/// <c>[*]</c> and <c>*</c>; every branch either reaches a value or reports where it broke off.
/// </summary>
internal static class YamlPath
{
    public static List<YamlPathMatch> Evaluate(YamlNode root, string path)
    {
        var current = new List<(YamlNode Node, Mark At)> { (root, root.Start) };
        var missing = new List<YamlPathMatch>();
        foreach (var segment in Segments(path))
        {
            var next = new List<(YamlNode, Mark)>();
            foreach (var (node, at) in current)
            {
                switch (segment)
                {
                    case "*" when node is YamlSequenceNode sequence:
                        next.AddRange(sequence.Children.Select(c => (c, c.Start)));
                        break;
                    case "*" when node is YamlMappingNode mapping:
                        next.AddRange(mapping.Children.Select(p => (p.Value, p.Key.Start)));
                        break;
                    case var index when index.StartsWith('#'):
                        var i = int.Parse(index[1..], CultureInfo.InvariantCulture);
                        if (node is YamlSequenceNode list && i < list.Children.Count)
                        {
                            next.Add((list.Children[i], list.Children[i].Start));
                        }
                        else
                        {
                            missing.Add(new YamlPathMatch(null, at, $"[{i}]"));
                        }

                        break;
                    default:
                        if (node.Entry(segment) is { } entry)
                        {
                            next.Add((entry.Value, entry.Key.Start));
                        }
                        else
                        {
                            missing.Add(new YamlPathMatch(null, at, segment));
                        }

                        break;
                }
            }

            current = next;
        }

        return [.. current.Select(c => new YamlPathMatch(c.Node, c.At, null)), .. missing];
    }

    /// <summary>Splits <c>a.b[*].c[0]</c> into <c>a, b, *, c, #0</c>.</summary>
    public static IEnumerable<string> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                yield return name;
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                var inner = part[(bracket + 1)..close];
                yield return inner == "*" ? "*" : "#" + inner;
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
