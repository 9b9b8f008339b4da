namespace Toolkit.Gates.Policy.Tests;

/// <summary>Rule ids the tests name, spelled once.</summary>
internal static class RuleCatalogIds
{
    public const string UnusedIgnore = "policy/unused-ignore";
    public const string LastUserRoot = "docker/last-user-root";
}
