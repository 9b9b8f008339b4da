namespace Toolkit.GitHub.Branches;

/// <summary><c>required_status_checks</c> in the request shape: <c>strict</c> and <c>contexts</c> are required keys.</summary>
public sealed record RequiredStatusChecksUpdate(bool Strict, IReadOnlyList<string> Contexts)
{
    /// <summary>Sent only to keep app pinning (<c>app_id</c>) that the existing settings carry.</summary>
    public IReadOnlyList<StatusCheck>? Checks { get; init; }
}
