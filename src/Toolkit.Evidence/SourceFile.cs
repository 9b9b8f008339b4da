using Toolkit.Core.Verdicts;

namespace Toolkit.Evidence;

/// <summary>A file read from the output directory, where it goes in the pack, and the verdict it holds if it is one.</summary>
internal sealed record SourceFile(string Source, string PackPath, byte[] Content, string Sha256)
{
    public GateVerdict? Verdict { get; init; }
}
