namespace Toolkit.Core.Events;

/// <summary>The event context of a run, or why it could not be read (naming the file and what is wrong with it).</summary>
/// <param name="Context">The context read; null when it could not be.</param>
/// <param name="Error">Why it could not be read; null when it was.</param>
public sealed record GitHubEventResult(GitHubEventContext? Context, string? Error)
{
    /// <summary>True when <see cref="Context"/> is set.</summary>
    public bool IsSuccess => Context is not null && Error is null;

    /// <summary>A context that was read.</summary>
    public static GitHubEventResult Ok(GitHubEventContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context, null);
    }

    /// <summary>Why the event could not be read.</summary>
    public static GitHubEventResult Failed(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(null, error);
    }
}
