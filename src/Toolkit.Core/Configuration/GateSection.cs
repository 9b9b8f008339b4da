using Toolkit.Core.Verdicts;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Configuration;

/// <summary>
/// One gate's section of gates.yml, kept as YAML with its marks so the gate can bind it with
/// <see cref="SectionReader"/> and report problems at the right line.
/// </summary>
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
