namespace Toolkit.GitHub.Events;

/// <summary>The event context of a run, or why it could not be read (naming the file and what is wrong with it).</summary>
public sealed record GitHubEventResult(GitHubEventContext? Context, string? Error)
{
    /// <summary>True when <see cref="Context"/> is set.</summary>
    public bool IsSuccess => Context is not null && Error is null;

    public static GitHubEventResult Ok(GitHubEventContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context, null);
    }

    public static GitHubEventResult Failed(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(null, error);
    }
}
