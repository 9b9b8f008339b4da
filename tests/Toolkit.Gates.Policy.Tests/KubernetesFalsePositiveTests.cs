using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>Manifest findings maintainers rejected on the corpus, and manifests that used to pass unchecked.</summary>
public sealed class KubernetesFalsePositiveTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          serviceAccountName: web
          securityContext: {runAsNonRoot: true}
          containers:
            - name: web
              image: IMAGE
              securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
              resources: {requests: {cpu: 10m, memory: 10Mi}, limits: {memory: 10Mi}}
        """;

    [Fact]
    public async Task An_image_skaffold_builds_is_a_placeholder_not_an_untagged_reference()
    {
        // Given a skaffold.yaml that builds 'web' (microservices-demo's layout) and a manifest naming it and redis
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("skaffold.yaml", "apiVersion: skaffold/v3\nkind: Config\nbuild:\n  artifacts:\n    - image: web\n      context: src/web\n");
        repo.Write("k8s/web.yaml", Pod.Replace("IMAGE", "web", StringComparison.Ordinal));
        repo.Write("k8s/redis.yaml", Pod.Replace("IMAGE", "redis", StringComparison.Ordinal));

        // When the manifests are checked
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["kubernetes"] });

        // Then only the image skaffold does not build is judged by its tag
        Assert.Empty(outcome.At("k8s/web.yaml"));
        Assert.Equal([("policy/k8s/image-not-pinned-by-digest", 9), ("policy/k8s/latest-tag", 9)], outcome.At("k8s/redis.yaml"));
    }

    [Fact]
    public async Task A_manifest_written_as_json_is_checked_like_yaml()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("k8s/pod.json", """{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}""");
        repo.Write("package.json", """{"name": "not-a-manifest"}""");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["kubernetes"] });

        Assert.Equal(1, outcome.Metrics["kubernetes_documents"]);
        Assert.Contains(outcome.Findings, f => f.RuleId == "policy/k8s/run-as-non-root" && f.Location!.Path == "k8s/pod.json");
    }

    [Fact]
    public async Task A_path_outside_the_repository_is_an_input_error()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("k8s/pod.yaml", Pod.Replace("IMAGE", "web", StringComparison.Ordinal));

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Paths = ["/etc/passwd"] });

        Assert.True(outcome.IsError);
        Assert.Contains("outside the repository", outcome.Summary + string.Join(' ', outcome.Findings.Select(f => f.Message)), StringComparison.Ordinal);
    }
}
