namespace Toolkit.Core.Verdicts;

/// <summary>Where a finding points: a repository-relative path with 1-based line and column (0 when unknown).</summary>
/// <param name="Path">Repository-relative path with forward slashes.</param>
/// <param name="Line">1-based first line; 0 when unknown.</param>
/// <param name="Column">1-based first column; 0 when unknown.</param>
/// <param name="EndLine">1-based last line; 0 when unknown.</param>
/// <param name="EndColumn">1-based last column; 0 when unknown.</param>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    /// <summary><c>path:line:column</c>, leaving out what is unknown.</summary>
    public override string ToString() =>
        Line > 0 ? (Column > 0 ? $"{Path}:{Line}:{Column}" : $"{Path}:{Line}") : Path;
}
