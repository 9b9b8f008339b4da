namespace Toolkit.Testing.Needs;

/// <summary>
/// The trait that marks tests needing a real service (<c>[Trait(NeedsTrait.Name, NeedsTrait.PostgreSQL)]</c>), so
/// <c>dotnet test --filter "Needs!=PostgreSQL&amp;Needs!=Prometheus&amp;Needs!=Chromium"</c> runs the fast ones alone.
/// </summary>
public static class NeedsTrait
{
    public const string Name = "Needs";

    public const string PostgreSQL = "PostgreSQL";

    public const string Prometheus = "Prometheus";

    public const string Chromium = "Chromium";
}
