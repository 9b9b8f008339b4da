namespace Toolkit.Core.Dependencies;

/// <summary>What the dependency review gave: the changes, or why it is not available here, or why it failed.</summary>
/// <param name="Changes">The added and removed dependencies; null unless the comparison succeeded.</param>
/// <param name="Compared">The <c>base...head</c> commits compared, for the report.</param>
/// <param name="Unavailable">Why the review cannot be read for this repository or token (not enabled, no permission, no base).</param>
/// <param name="Error">Why reading it failed (server error, network): the gate fails closed on it.</param>
public sealed record DependencyReviewAnswer(
    IReadOnlyList<DependencyReviewChange>? Changes,
    string? Compared = null,
    string? Unavailable = null,
    string? Error = null)
{
    /// <summary>A comparison that succeeded.</summary>
    public static DependencyReviewAnswer Of(IReadOnlyList<DependencyReviewChange> changes, string compared) => new(changes, compared);

    /// <summary>The review is not available (the reason says what would enable it).</summary>
    public static DependencyReviewAnswer NotAvailable(string reason) => new(null, Unavailable: reason);

    /// <summary>The review could not be read.</summary>
    public static DependencyReviewAnswer Failed(string error) => new(null, Error: error);
}
