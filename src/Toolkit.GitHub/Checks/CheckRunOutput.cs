namespace Toolkit.GitHub.Checks;

/// <summary>The <c>output</c> object sent with a check run: title and markdown summary (at most 65,535 characters).</summary>
public sealed record CheckRunOutput(string Title, string Summary)
{
    public const int MaxSummaryLength = 65_535;

    public const int MaxAnnotationsPerRequest = 50;

    public string? Text { get; init; }

    public IReadOnlyList<CheckRunAnnotation>? Annotations { get; init; }
}
