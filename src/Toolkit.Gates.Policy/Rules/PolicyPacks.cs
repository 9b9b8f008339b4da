namespace Toolkit.Gates.Policy.Rules;

/// <summary>The rule packs by the names gates.yml and <c>--pack</c> use.</summary>
internal static class PolicyPacks
{
    public const string Kubernetes = "kubernetes";
    public const string Dockerfile = "dockerfile";
    public const string Workflows = "workflows";
    public const string Alerts = "alerts";
    public const string Governance = "governance";
    public const string Images = "images";
    public const string Custom = "custom";

    /// <summary>Not a pack that can be switched off: the rules about inline <c># gate: ignore[...]</c> comments.</summary>
    public const string Suppressions = "suppressions";

    /// <summary>Every built-in pack; all are enabled by default.</summary>
    public static IReadOnlyList<string> All { get; } = [Kubernetes, Dockerfile, Workflows, Alerts, Governance, Images];
}
