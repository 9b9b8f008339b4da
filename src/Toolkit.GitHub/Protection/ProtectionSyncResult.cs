namespace Toolkit.GitHub.Protection;

/// <summary>What a protection sync found and did.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Target">What was compared: <c>branch protection of main</c> or <c>ruleset 'gates'</c>.</param>
/// <param name="Message">One sentence for the user.</param>
public sealed record ProtectionSyncResult(ProtectionSyncOutcome Outcome, string Target, string Message)
{
    /// <summary>The required checks after the sync (or after applying, for a dry run).</summary>
    public IReadOnlyList<string> RequiredChecks { get; init; } = [];

    public IReadOnlyList<string> Added { get; init; } = [];

    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>The permission to grant, when <see cref="ProtectionSyncOutcome.MissingPermission"/>.</summary>
    public string? MissingPermission { get; init; }

    /// <summary>HTTP requests sent, retries included.</summary>
    public int RequestsSent { get; init; }
}
