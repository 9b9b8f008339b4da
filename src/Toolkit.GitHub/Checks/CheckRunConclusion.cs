namespace Toolkit.GitHub.Checks;

/// <summary>Values of a check run's <c>conclusion</c> this toolkit sends (GitHub knows more; they stay strings).</summary>
public static class CheckRunConclusion
{
    public const string Success = "success";
    public const string Neutral = "neutral";
    public const string Failure = "failure";
}
