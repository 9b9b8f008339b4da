namespace Toolkit.GitHub.Checks;

/// <summary>
/// One line-level annotation of a check run (<c>output.annotations[]</c>); at most 50 per request, GitHub appends them
/// across updates. Columns are only allowed when <see cref="StartLine"/> equals <see cref="EndLine"/>.
/// </summary>
public sealed record CheckRunAnnotation(string Path, int StartLine, int EndLine, string AnnotationLevel, string Message)
{
    public int? StartColumn { get; init; }

    public int? EndColumn { get; init; }

    public string? Title { get; init; }

    public string? RawDetails { get; init; }
}
