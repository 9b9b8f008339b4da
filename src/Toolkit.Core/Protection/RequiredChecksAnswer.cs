namespace Toolkit.Core.Protection;

/// <summary>What a branch's protection requires, or why it cannot be read here, or why reading it failed.</summary>
/// <param name="Required">The required check contexts; empty when the branch is not protected; null unless read.</param>
/// <param name="IsProtected">Whether the branch is protected at all.</param>
/// <param name="Unavailable">Why the token cannot read it (it needs administration: read), as a note.</param>
/// <param name="Error">Why reading it failed (server error, network): the gate fails closed on it.</param>
public sealed record RequiredChecksAnswer(IReadOnlySet<string>? Required, bool IsProtected, string? Unavailable = null, string? Error = null)
{
    /// <summary>The checks a protected branch requires.</summary>
    public static RequiredChecksAnswer Protected(IReadOnlySet<string> required) => new(required, true);

    /// <summary>The branch is not protected: nothing is required.</summary>
    public static RequiredChecksAnswer NotProtected() => new(new HashSet<string>(StringComparer.Ordinal), false);

    /// <summary>The token may not read the protection.</summary>
    public static RequiredChecksAnswer NotAvailable(string reason) => new(null, false, Unavailable: reason);

    /// <summary>Reading the protection failed.</summary>
    public static RequiredChecksAnswer Failed(string error) => new(null, false, Error: error);
}
