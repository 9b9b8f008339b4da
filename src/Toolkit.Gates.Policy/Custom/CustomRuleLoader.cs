using System.Globalization;
using Toolkit.Core.Configuration;
using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Custom;

/// <summary>Loads a custom rules file (<c>rules: [...]</c>), reporting every problem with file, line and column.</summary>
internal static class CustomRuleLoader
{
    public static (IReadOnlyList<CustomRule> Rules, IReadOnlyList<ConfigDiagnostic> Problems) Load(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return ([], [new ConfigDiagnostic(path, (int)ex.Start.Line, (int)ex.Start.Column, "not valid YAML: " + ex.Message, null)]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return ([], [new ConfigDiagnostic(path, 1, 1, "a custom rules file is a mapping with a 'rules:' list.", null)]);
        }

        var reader = new SectionReader(path, root);
        var rules = new List<CustomRule>();
        foreach (var entry in reader.MappingList("rules"))
        {
            if (Read(entry) is { } rule)
            {
                rules.Add(rule);
            }
        }

        reader.Finish();
        return (rules, reader.Diagnostics);
    }

    private static CustomRule? Read(SectionReader entry)
    {
        var before = entry.Diagnostics.Count;
        var id = entry.RequiredString("id");
        var message = entry.RequiredString("message");
        var severity = entry.Choice("severity", "error", "error", "warning", "note") switch
        {
            "warning" => Severity.Warning,
            "note" => Severity.Note,
            _ => Severity.Error,
        };
        var path = entry.RequiredString("path");
        var op = entry.Choice("operator", CustomOperators.Exists, [.. CustomOperators.All]);
        var values = entry.Has("values") ? entry.StringList("values") : entry.String("value") is { } single ? [single] : [];
        var help = entry.String("help");
        var select = entry.Mapping("select");
        var kinds = select?.StringList("kinds") ?? [];
        var files = select?.StringList("files") ?? [];
        select?.Finish();
        entry.Has("description");
        entry.Finish();

        if (path.Length > 0 && !Regex.IsMatch(path, @"^(?:\*|[^.\[\]*]+)(?:\[(?:\*|\d+)\])*(?:\.(?:\*|[^.\[\]*]+)(?:\[(?:\*|\d+)\])*)*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            entry.ReportAt("path", $"'{path}' is not a path; write keys separated by dots with [*] or [n] for list items, e.g. spec.template.spec.containers[*].image.");
        }

        if (op != CustomOperators.Exists && values.Count == 0)
        {
            entry.ReportAt("operator", $"operator '{op}' needs 'value' (or 'values' for in/not-in).");
        }

        if (op == CustomOperators.Matches && values.Count > 0)
        {
            try
            {
                _ = new Regex(values[0], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                entry.ReportAt("value", $"'value' is not a valid regular expression: {ex.Message}");
            }
        }

        if (op == CustomOperators.LessThan && values.Count > 0 && !double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            entry.ReportAt("value", $"less-than needs a number, not '{values[0]}'.");
        }

        if (entry.Diagnostics.Count > before)
        {
            return null;
        }

        return new CustomRule(id, message, severity, path, op, values, kinds, files)
        {
            HelpUri = help,
            DefinedAt = entry.Location.ToString(),
        };
    }
}
