using System.Globalization;
using Toolkit.Core.Verdicts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Configuration;

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every problem is collected (not thrown) with file, line, column
/// and, for unknown keys, the nearest known key; <see cref="Finish"/> reports keys nobody read.
/// </summary>
public sealed partial class SectionReader
{
    private readonly List<ConfigDiagnostic> diagnostics;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    /// <param name="file">The file the mapping came from, named in diagnostics.</param>
    /// <param name="node">The mapping to read.</param>
    public SectionReader(string file, YamlMappingNode node)
        : this(file, node, [])
    {
    }

    private SectionReader(string file, YamlMappingNode node, List<ConfigDiagnostic> diagnostics)
    {
        File = file;
        Node = node;
        this.diagnostics = diagnostics;
    }

    /// <summary>The file named in diagnostics.</summary>
    public string File { get; }

    /// <summary>The mapping being read.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>Every problem found so far by this reader and the readers nested in it.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics => diagnostics;

    /// <summary>True when any problem was found (by this reader or one nested in it).</summary>
    public bool HasErrors => diagnostics.Count > 0;

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Location => At(Node.Start);

    /// <summary>Whether <paramref name="key"/> is present; marks it as known for <see cref="Finish"/>.</summary>
    public bool Has(string key)
    {
        known.Add(key);
        return Find(key) is not null;
    }

    /// <summary>Where a key's value is, or where the mapping is when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } pair ? At(pair.Key.Start) : Location;

    /// <summary>The value node of <paramref name="key"/>, or null when absent; marks the key as known.</summary>
    public YamlNode? Raw(string key)
    {
        known.Add(key);
        return Find(key)?.Value;
    }

    /// <summary>A scalar as text; <paramref name="fallback"/> when absent, null, or not a scalar (reported).</summary>
    public string? String(string key, string? fallback = null)
    {
        var node = Raw(key);
        if (node is null || IsNull(node))
        {
            return fallback;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? fallback;
        }

        Report(node, $"'{key}' must be a string, not a {Describe(node)}.");
        return fallback;
    }

    /// <summary>A non-blank scalar; a missing or blank value is reported and read as the empty string.</summary>
    public string RequiredString(string key)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Find(key) is null)
            {
                Report(Node, $"'{key}' is required here.");
            }
            else
            {
                Report(Find(key)!.Value.Value, $"'{key}' must not be empty.");
            }

            return string.Empty;
        }

        return value;
    }

    /// <summary>A boolean (<c>true</c>/<c>yes</c>/<c>on</c>, <c>false</c>/<c>no</c>/<c>off</c>); <paramref name="fallback"/> when absent or invalid (reported).</summary>
    public bool Bool(string key, bool fallback)
    {
        var text = ScalarText(key, "true or false");
        if (text is null)
        {
            return fallback;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Report(Raw(key)!, $"'{key}' must be true or false, not '{text}'.");
                return fallback;
        }
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when absent or invalid (reported).</summary>
    public int Int(string key, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = ScalarText(key, "a whole number");
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Report(Raw(key)!, $"'{key}' must be a whole number, not '{text}'.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Report(Raw(key)!, $"'{key}' must be between {min} and {max}, not {value}.");
            return fallback;
        }

        return value;
    }

    /// <summary>A finite number within [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when absent or invalid (reported).</summary>
    public double Double(string key, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = ScalarText(key, "a number");
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Report(Raw(key)!, $"'{key}' must be a number, not '{text}'.");
            return fallback;
        }

        if (value < min || value > max)
        {
            Report(Raw(key)!, $"'{key}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {text}.");
            return fallback;
        }

        return value;
    }

    /// <summary>A positive duration written as <c>30s</c>, <c>5m</c>, <c>24h</c>, <c>7d</c> or <c>1h30m</c>.</summary>
    public TimeSpan Duration(string key, TimeSpan fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        if (ConfigDurations.TryParse(text, out var value))
        {
            return value;
        }

        ReportAt(key, $"'{key}' must be a duration such as 5m, 1h or 30d, not '{text}'.");
        return fallback;
    }

    /// <summary>A date written as <c>YYYY-MM-DD</c>.</summary>
    public DateOnly? Date(string key)
    {
        var text = ScalarText(key, "a date (YYYY-MM-DD)");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(Raw(key)!, $"'{key}' must be a date written YYYY-MM-DD, not '{text}'.");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (compared case-insensitively), reported with a suggestion otherwise.</summary>
    public string Choice(string key, string fallback, params string[] allowed)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        Report(Raw(key)!, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'.", Suggestions.Nearest(text, allowed));
        return fallback;
    }

    /// <summary>The keys of this mapping that were not read, each reported with the nearest key that was.</summary>
    public void Finish()
    {
        foreach (var (keyNode, _) in Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                Report(keyNode, $"unknown key '{key}'.", Suggestions.Nearest(key, known));
            }
        }
    }

    /// <summary>Records a problem at a node, for validation a gate does after reading.</summary>
    public void Report(YamlNode node, string message, string? suggestion = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        diagnostics.Add(new ConfigDiagnostic(File, (int)node.Start.Line, (int)node.Start.Column, message, suggestion));
    }

    /// <summary>Records a problem at a key's value (or at the mapping when the key is absent).</summary>
    public void ReportAt(string key, string message, string? suggestion = null) =>
        Report(Find(key)?.Value ?? Node, message, suggestion);

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in Node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return pair;
            }
        }

        return null;
    }

    private string? ScalarText(string key, string expected)
    {
        var node = Raw(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(node, $"'{key}' must be {expected}, not a {Describe(node)}.");
        return null;
    }

    private SourceLocation At(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "scalar",
    };
}
