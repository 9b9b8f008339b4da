namespace Toolkit.GitHub.Http;

/// <summary>What a retry waits for; picks the wording of the give-up message.</summary>
internal enum RetryReason
{
    RateLimit,
    ServerError,
    ConnectionFailure,
}
