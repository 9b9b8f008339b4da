namespace Toolkit.Core.Verdicts;

/// <summary>Where a finding points: a repository-relative path with 1-based line and column (0 when unknown).</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    public override string ToString() =>
        Line > 0 ? (Column > 0 ? $"{Path}:{Line}:{Column}" : $"{Path}:{Line}") : Path;
}
