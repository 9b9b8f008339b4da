using Toolkit.Core.Verdicts;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Configuration;

/// <summary>
/// One gate's section of gates.yml, kept as YAML with its marks so the gate can bind it with
/// <see cref="SectionReader"/> and report problems at the right line.
/// </summary>
/// <param name="Gate">The gate's required-check name, the section's key.</param>
/// <param name="File">The configuration file, repository-relative, for diagnostics.</param>
/// <param name="Node">The section's YAML mapping.</param>
/// <param name="Location">Where the section starts.</param>
public sealed record GateSection(string Gate, string File, YamlMappingNode Node, SourceLocation Location)
{
    /// <summary>False when the section says <c>enabled: false</c>.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A reader for this section; read every key you support, then call <see cref="SectionReader.Finish"/>.</summary>
    public SectionReader Reader()
    {
        var reader = new SectionReader(File, Node);
        reader.Has("enabled"); // read by the loader
        return reader;
    }
}
