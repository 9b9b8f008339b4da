using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>A temp repository with one file of each kind the gate checks, bad or corrected.</summary>
internal sealed class PolicySampleRepository : IDisposable
{
    private PolicySampleRepository(bool bad)
    {
        Write("deploy/web.yaml", bad ? KubernetesSamples.BadDeployment : KubernetesManifests.HardenedDeployment);
        Write("deploy/rendered.yaml", bad ? KubernetesSamples.BadCronJobAfterService : KubernetesManifests.HardenedDeployment);
        Write("Dockerfile", bad ? DockerfileSamples.Bad : DockerfileSamples.Good);
        Write(".github/workflows/triage.yml", bad ? WorkflowSamples.Bad : WorkflowSamples.Good);
        Write("workflow-templates/triage.yml", bad ? WorkflowSamples.Bad : WorkflowSamples.Good);
        Write(".github/actions/local/action.yml", bad ? WorkflowSamples.BadAction : WorkflowSamples.GoodAction);
        Write("monitoring/alerts.yml", bad ? AlertSamples.Bad : AlertSamples.Good);
        Write(".github/CODEOWNERS", "* @acme/platform\n");
    }

    public TempDirectory Directory { get; } = new();

    public string Root => Directory.Path;

    /// <summary>Every file breaks its rules at the lines its <c># expect:</c> markers name.</summary>
    public static PolicySampleRepository Bad() => new(bad: true);

    /// <summary>The same files, corrected.</summary>
    public static PolicySampleRepository Good() => new(bad: false);

    public string Write(string path, string text) => Directory.Write(path, text.ReplaceLineEndings("\n") + "\n");

    public void Dispose() => Directory.Dispose();

    /// <summary>An empty temp repository to write single files into.</summary>
    public sealed class Empty : IDisposable
    {
        public TempDirectory Directory { get; } = new();

        public string Root => Directory.Path;

        public string Write(string path, string text) => Directory.Write(path, text.ReplaceLineEndings("\n") + "\n");

        public void Dispose() => Directory.Dispose();
    }
}
