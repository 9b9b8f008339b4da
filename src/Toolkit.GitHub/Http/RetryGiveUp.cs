namespace Toolkit.GitHub.Http;

/// <summary>Why retrying stopped: what kind of trouble, how long was already spent and what the next wait would have been.</summary>
internal sealed record RetryGiveUp(RetryReason Reason, TimeSpan Waited, TimeSpan NextWait);
