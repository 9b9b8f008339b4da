namespace Toolkit.Core.Verdicts;

/// <summary>An artifact that backs the verdict: a path relative to the output directory and its SHA-256 (hex).</summary>
/// <param name="Path">The file, relative to the output directory.</param>
/// <param name="Sha256">The file's SHA-256, lower-case hex.</param>
public sealed record EvidenceItem(string Path, string Sha256)
{
    /// <summary>A detached signature, when the evidence was signed.</summary>
    public string? Signature { get; init; }
}
