namespace Toolkit.Gates.Policy.Tests;

/// <summary>Rule ids the tests name, spelled once.</summary>
internal static class PolicyRuleIds
{
    public const string UnusedIgnore = "policy/unused-ignore";
    public const string LastUserRoot = "policy/docker/last-user-root";
}
