namespace Toolkit.Gates.Policy.Checks;

/// <summary>How many things of each kind were checked.</summary>
internal sealed record ScanCounts(int Files, int KubernetesDocuments, int Workflows, int Actions, int Dockerfiles, int AlertRuleFiles)
{
    public static ScanCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public ScanCounts Add(ScanCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Files + other.Files, KubernetesDocuments + other.KubernetesDocuments, Workflows + other.Workflows,
            Actions + other.Actions, Dockerfiles + other.Dockerfiles, AlertRuleFiles + other.AlertRuleFiles);
    }
}
