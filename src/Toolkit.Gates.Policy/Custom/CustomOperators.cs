namespace Toolkit.Gates.Policy.Custom;

/// <summary>The operators a custom rule may use.</summary>
internal static class CustomOperators
{
    public const string Exists = "exists";
    public const string Equals_ = "equals";
    public const string Matches = "matches";
    public const string In = "in";
    public const string NotIn = "not-in";
    public const string LessThan = "less-than";

    public static IReadOnlyList<string> All { get; } = [Exists, Equals_, Matches, In, NotIn, LessThan];
}
