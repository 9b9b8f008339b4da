namespace Toolkit.Gates.Policy.Kubernetes;

/// <summary>
/// Checks Kubernetes manifests: finds the pod template of every workload kind (CronJob templates and List items
/// included) and applies the container and pod rules, each finding on the line of the offending (or nearest) key.
/// </summary>
internal static partial class KubernetesPolicy
{
    /// <summary>True when the document looks like a Kubernetes object (apiVersion and kind).</summary>
    public static bool IsManifest(YamlNode root) => root.Text("apiVersion") is not null && root.Text("kind") is not null;

    /// <param name="path">The manifest's repository-relative path.</param>
    /// <param name="disabled">The current ids of the rules switched off.</param>
    /// <param name="builtImages">Images skaffold builds: placeholders in the manifests, not judged by tag or digest.</param>
    public static IReadOnlyList<Finding> Check(string path, YamlNode root, IReadOnlySet<string> disabled, IReadOnlySet<string> builtImages)
    {
        var sink = new FindingSink(path, disabled) { BuiltImages = builtImages };
        CheckObject(root, sink);
        return sink.Findings;
    }

    private static void CheckObject(YamlNode root, FindingSink sink)
    {
        var kind = root.Text("kind");
        if (kind == "List")
        {
            foreach (var item in root.Get("items").Items())
            {
                CheckObject(item, sink);
            }

            return;
        }

        var parent = kind switch
        {
            "Pod" => root,
            "CronJob" => root.Path("spec", "jobTemplate", "spec", "template"),
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" or "ReplicationController" => root.Path("spec", "template"),
            _ => null,
        };
        if (parent.Entry("spec") is not { Value: YamlMappingNode pod } podEntry)
        {
            return;
        }

        var name = $"{kind} '{root.Path("metadata", "name").Text() ?? "(unnamed)"}'";
        var longRunning = kind is not ("Job" or "CronJob" or "Pod");
        CheckPod(pod, podEntry.Key, name, sink);
        foreach (var (container, init) in Containers(pod))
        {
            CheckContainer(pod, container, init, longRunning, name, sink);
        }
    }

    private static IEnumerable<(YamlMappingNode Container, bool Init)> Containers(YamlMappingNode pod)
    {
        foreach (var c in pod.Get("containers").Items().OfType<YamlMappingNode>())
        {
            yield return (c, false);
        }

        foreach (var c in pod.Get("initContainers").Items().OfType<YamlMappingNode>())
        {
            yield return (c, true);
        }
    }
}
