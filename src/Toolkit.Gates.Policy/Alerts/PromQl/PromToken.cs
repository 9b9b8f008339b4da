namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>One PromQL token; <paramref name="Offset"/> is its index in the expression text (for exact error columns).</summary>
internal readonly record struct PromToken(PromTokenKind Kind, string Text, int Offset)
{
    public bool Is(PromTokenKind kind, string text) => Kind == kind && string.Equals(Text, text, StringComparison.Ordinal);

    /// <summary>Keywords are case-insensitive in PromQL (<c>SUM BY</c> parses).</summary>
    public bool IsWord(string word) => Kind == PromTokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
