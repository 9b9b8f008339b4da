namespace Toolkit.GitHub.Branches;

/// <summary>
/// <c>required_status_checks</c> as GitHub returns it, also from
/// <see href="https://docs.github.com/rest/branches/branch-protection#get-status-checks-protection">GET .../protection/required_status_checks</see>.
/// </summary>
public sealed record RequiredStatusChecks
{
    /// <summary>Branches must be up to date before merging.</summary>
    public bool Strict { get; init; }

    public IReadOnlyList<string> Contexts { get; init; } = [];

    public IReadOnlyList<StatusCheck>? Checks { get; init; }
}
