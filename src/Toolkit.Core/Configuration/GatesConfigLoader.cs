using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Configuration;

/// <summary>
/// Loads <c>.github/gates.yml</c>. Problems come back as diagnostics with file, line, column and the nearest valid key;
/// nothing here throws for bad input.
/// </summary>
public sealed class GatesConfigLoader
{
    private static readonly string[] TopLevelKeys = ["version", "settings", "waivers", "gates"];
    private static readonly string[] Formats = ["json", "markdown", "sarif", "junit"];

    /// <summary>The largest gates.yml read: 4 MiB, far beyond any real configuration.</summary>
    private const long MaxBytes = 4L * 1024 * 1024;

    private readonly IReadOnlySet<string> availableGates;

    /// <param name="availableGates">The gates this build of the toolkit has; sections for other gates are errors.</param>
    public GatesConfigLoader(IEnumerable<string> availableGates)
    {
        ArgumentNullException.ThrowIfNull(availableGates);
        this.availableGates = availableGates.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Loads a file. A missing file at the default path gives the defaults; a missing explicit path is an error.</summary>
    public ConfigResult<GatesConfig> LoadFile(string repositoryRoot, string? path)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        var explicitPath = path is not null;
        var relative = path ?? GatesConfig.DefaultPath;
        var full = Path.GetFullPath(relative, repositoryRoot);
        var display = DisplayPath(repositoryRoot, full);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return explicitPath
                ? ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(display, 0, 0, "file not found. Pass an existing file to --config, or omit it to use .github/gates.yml.")])
                : ConfigResult<GatesConfig>.Ok(GatesConfig.Default);
        }

        // A directory, a FIFO or /dev/zero where gates.yml should be is an error, never "absent" or a hang.
        var (text, problem) = UserFiles.ReadText(full, display, MaxBytes);
        if (problem is not null)
        {
            return ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(display, problem.Line, problem.Column, problem.Reason)]);
        }

        return LoadText(display, text!);
    }

    /// <summary>Loads configuration text; <paramref name="file"/> is the name diagnostics use.</summary>
    public ConfigResult<GatesConfig> LoadText(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message;
            var message = string.IsNullOrEmpty(inner) ? ex.Message : $"{ex.Message} {inner}";
            return ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(file, (int)ex.Start.Line, (int)ex.Start.Column, $"is not valid YAML: {Trim(message)}")]);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet reports duplicate keys this way, without a position.
            return ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(file, 0, 0, $"is not valid: {ex.Message}")]);
        }

        if (stream.Documents.Count == 0 || SectionReader.IsNull(stream.Documents[0].RootNode))
        {
            return ConfigResult<GatesConfig>.Ok(new GatesConfig(file, new ToolkitSettings()));
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            return ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(file, (int)second.Start.Line, (int)second.Start.Column, "must hold one YAML document; remove the '---' separator.")]);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            return ConfigResult<GatesConfig>.Failed([new ConfigDiagnostic(file, (int)node.Start.Line, (int)node.Start.Column, "must be a mapping with 'settings', 'waivers' and 'gates'.")]);
        }

        return Bind(file, root);
    }

    private ConfigResult<GatesConfig> Bind(string file, YamlMappingNode root)
    {
        var reader = new SectionReader(file, root);
        var version = reader.Int("version", 1);
        if (version != 1)
        {
            reader.ReportAt("version", $"version {version} is not supported; this toolkit reads version 1.");
        }

        var settings = BindSettings(reader.Mapping("settings"));
        var waivers = reader.MappingList("waivers").Select(BindWaiver).OfType<Waiver>().ToList();
        var sections = BindSections(reader);
        foreach (var _ in TopLevelKeys)
        {
            // Mark every top-level key as known so Finish suggests among them.
            reader.Has(_);
        }

        reader.Finish();
        if (reader.HasErrors)
        {
            return ConfigResult<GatesConfig>.Failed(reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList());
        }

        return ConfigResult<GatesConfig>.Ok(new GatesConfig(file, settings) { Waivers = waivers, Sections = sections });
    }

    private ToolkitSettings BindSettings(SectionReader? reader)
    {
        if (reader is null)
        {
            return new ToolkitSettings();
        }

        var defaults = new ToolkitSettings();
        var required = reader.Has("required") ? GateNames(reader, "required") : null;
        var settings = new ToolkitSettings
        {
            Environment = reader.String("environment", defaults.Environment)!,
            Output = reader.String("output", defaults.Output)!,
            Required = required,
            FailOn = reader.Choice("fail_on", "fail", "fail", "warn") == "warn" ? VerdictStatus.Warn : VerdictStatus.Fail,
            FailOpen = GateNames(reader, "fail_open"),
            Formats = reader.Has("formats") ? FormatNames(reader) : defaults.Formats,
        };
        reader.Finish();
        return settings;
    }

    private static List<string> FormatNames(SectionReader reader)
    {
        var formats = reader.StringList("formats");
        foreach (var format in formats.Where(f => !Formats.Contains(f, StringComparer.Ordinal)))
        {
            reader.ReportAt("formats", $"unknown format '{format}'; use {string.Join(", ", Formats)}.", Suggestions.Nearest(format, Formats));
        }

        return formats.Where(f => Formats.Contains(f, StringComparer.Ordinal)).Distinct().ToList();
    }

    private static List<string> GateNames(SectionReader reader, string key)
    {
        var names = reader.StringList(key);
        foreach (var name in names.Where(n => !GateIds.IsKnown(n)))
        {
            reader.ReportAt(key, $"unknown gate '{name}'; gates are {string.Join(", ", GateIds.All)}.", Suggestions.Nearest(name, GateIds.All));
        }

        return names.Where(GateIds.IsKnown).Distinct().ToList();
    }

    private static Waiver? BindWaiver(SectionReader reader)
    {
        var gate = reader.RequiredString("gate");
        if (gate.Length > 0 && !GateIds.IsKnown(gate))
        {
            reader.ReportAt("gate", $"unknown gate '{gate}'; gates are {string.Join(", ", GateIds.All)}.", Suggestions.Nearest(gate, GateIds.All));
        }

        var rule = reader.RequiredString("rule");
        var path = reader.String("path", "**")!;
        var reason = reader.RequiredString("reason");
        var owner = reader.RequiredString("owner");
        var expires = reader.Date("expires");
        if (expires is null && !reader.Has("expires"))
        {
            reader.Report(reader.Node, "'expires' is required: waivers are time-boxed (YYYY-MM-DD).");
        }

        var location = reader.Location;
        reader.Finish();
        return expires is { } date ? new Waiver(gate, rule, path, reason, owner, date, location) : null;
    }

    private Dictionary<string, GateSection> BindSections(SectionReader reader)
    {
        var sections = new Dictionary<string, GateSection>(StringComparer.Ordinal);
        var gates = reader.Mapping("gates");
        if (gates is null)
        {
            return sections;
        }

        foreach (var (keyNode, valueNode) in gates.Node.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!GateIds.IsKnown(name))
            {
                gates.Report(keyNode, $"unknown gate '{name}'; gates are {string.Join(", ", GateIds.All)}.", Suggestions.Nearest(name, GateIds.All));
                continue;
            }

            if (!availableGates.Contains(name))
            {
                gates.Report(keyNode, $"gate '{name}' is not available in this version of the toolkit; remove its section or upgrade.");
                continue;
            }

            var mapping = valueNode switch
            {
                YamlMappingNode m => m,
                YamlScalarNode s when SectionReader.IsNull(s) => new YamlMappingNode(),
                _ => null,
            };
            if (mapping is null)
            {
                gates.Report(valueNode, $"the section of '{name}' must be a mapping of its options.");
                continue;
            }

            var enabled = true;
            var enabledNode = mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "enabled" }).Value;
            if (enabledNode is YamlScalarNode { Value: var flag })
            {
                enabled = !string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase);
            }

            var location = new SourceLocation(reader.File, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            sections[name] = new GateSection(name, reader.File, mapping, location) { Enabled = enabled };
        }

        // Gate names are validated above; mark the mapping's keys as read.
        foreach (var (keyNode, _) in gates.Node.Children)
        {
            gates.Has((keyNode as YamlScalarNode)?.Value ?? string.Empty);
        }

        return sections;
    }

    private static string DisplayPath(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative.Replace('\\', '/');
    }

    private static string Trim(string message) => message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
