namespace Toolkit.GitHub.Checks;

/// <summary>The <c>output</c> of a check run as GitHub returns it.</summary>
public sealed record CheckRunOutputInfo
{
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public int AnnotationsCount { get; init; }
}
