namespace Toolkit.GitHub.Statuses;

/// <summary>Values of a commit status <c>state</c>: <c>error</c>, <c>failure</c>, <c>pending</c>, <c>success</c>.</summary>
public static class CommitState
{
    public const string Error = "error";
    public const string Failure = "failure";
    public const string Pending = "pending";
    public const string Success = "success";
}
