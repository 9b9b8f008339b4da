namespace Toolkit.GitHub.Publishing;

/// <summary>What publishing did to one GitHub object.</summary>
public enum PublishAction
{
    /// <summary>Not requested, not possible (no pull request) or stopped by a read-only token.</summary>
    None,
    Created,
    Updated,

    /// <summary>The object already had this content; no request was sent.</summary>
    Unchanged,
}
