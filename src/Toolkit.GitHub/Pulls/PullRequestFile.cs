namespace Toolkit.GitHub.Pulls;

/// <summary>One changed file of a pull request.</summary>
/// <param name="Status"><c>added</c>, <c>removed</c>, <c>modified</c>, <c>renamed</c>, ...; a string so new values parse.</param>
public sealed record PullRequestFile(string Filename, string Status)
{
    public int Additions { get; init; }

    public int Deletions { get; init; }

    public int Changes { get; init; }

    public string? PreviousFilename { get; init; }

    public string? Patch { get; init; }
}
