using Toolkit.Core.Waivers;

namespace Toolkit.Core.Configuration;

/// <summary>The loaded <c>.github/gates.yml</c>.</summary>
/// <param name="SourcePath">The file it came from, repository-relative; empty when defaults were used.</param>
/// <param name="Settings">The shared <c>settings:</c> section.</param>
public sealed record GatesConfig(string SourcePath, ToolkitSettings Settings)
{
    /// <summary>The default location, relative to the repository root.</summary>
    public const string DefaultPath = ".github/gates.yml";

    /// <summary>Every waiver in the file, for all gates.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>Gate sections by gate name, in file order.</summary>
    public IReadOnlyDictionary<string, GateSection> Sections { get; init; } = new Dictionary<string, GateSection>();

    /// <summary>True when no file was found and defaults apply.</summary>
    public bool IsDefault => SourcePath.Length == 0;

    /// <summary>Gates configured and enabled, in file order.</summary>
    public IEnumerable<string> EnabledGates => Sections.Values.Where(s => s.Enabled).Select(s => s.Gate);

    /// <summary>Required gates: the explicit list, or every enabled gate.</summary>
    public IReadOnlyList<string> RequiredGates => Settings.Required ?? EnabledGates.ToList();

    /// <summary>The section of <paramref name="gate"/>, or null when the file has none.</summary>
    public GateSection? SectionFor(string gate) => Sections.GetValueOrDefault(gate);

    /// <summary>The waivers that apply to <paramref name="gate"/>, expired ones included.</summary>
    public IEnumerable<Waiver> WaiversFor(string gate) => Waivers.Where(w => w.Gate == gate);

    /// <summary>Whether an <c>error</c> verdict of <paramref name="gate"/> does not fail (listed in <c>settings.fail_open</c>).</summary>
    public bool IsFailOpen(string gate) => Settings.FailOpen.Contains(gate, StringComparer.Ordinal);

    /// <summary>Defaults, used when a repository has no gates.yml.</summary>
    public static GatesConfig Default { get; } = new(string.Empty, new ToolkitSettings());
}
