namespace Toolkit.Gates.Policy.Kubernetes;

internal static partial class KubernetesPolicy
{
    private static readonly string[] SensitivePaths = ["/", "/etc", "/proc", "/sys", "/root", "/boot", "/dev", "/var/lib/kubelet", "/var/lib/docker", "/var/run", "/run", "/var/log", "/home", "/usr"];

    private static readonly string[] RuntimeSockets = ["docker.sock", "containerd.sock", "crio.sock", "/var/run/docker", "/run/containerd"];

    private static void CheckPod(YamlMappingNode pod, YamlScalarNode specKey, string name, FindingSink sink)
    {
        HostNamespace(pod, "hostNetwork", PolicyRules.HostNetwork, name, sink);
        HostNamespace(pod, "hostPID", PolicyRules.HostPid, name, sink);
        HostNamespace(pod, "hostIPC", PolicyRules.HostIpc, name, sink);

        var account = pod.Entry("serviceAccountName") ?? pod.Entry("serviceAccount");
        if (account is null)
        {
            sink.Add(PolicyRules.DefaultServiceAccount, specKey, $"{name} sets no serviceAccountName, so it runs as 'default'.");
        }
        else if (account.Value.Value.Text() is null or "default")
        {
            sink.Add(PolicyRules.DefaultServiceAccount, account.Value.Key, $"{name} runs as the 'default' service account.");
        }

        foreach (var volume in pod.Get("volumes").Items())
        {
            if (volume.Entry("hostPath") is not { } hostPath)
            {
                continue;
            }

            var path = hostPath.Value.Text("path") ?? string.Empty;
            var at = hostPath.Value.Entry("path")?.Key ?? hostPath.Key;
            if (RuntimeSockets.Any(s => path.Contains(s, StringComparison.Ordinal)))
            {
                sink.Add(PolicyRules.DockerSock, at, $"{name} mounts the container runtime socket '{path}'.");
            }
            else if (IsSensitive(path))
            {
                sink.Add(PolicyRules.SensitiveHostMounts, at, $"{name} mounts the sensitive host path '{path}'.");
            }
        }
    }

    private static bool IsSensitive(string path)
    {
        var normalized = path.Length > 1 ? path.TrimEnd('/') : path;
        return SensitivePaths.Any(p => normalized == p || (p != "/" && normalized.StartsWith(p + "/", StringComparison.Ordinal)));
    }

    private static void HostNamespace(YamlMappingNode pod, string key, PolicyRule rule, string name, FindingSink sink)
    {
        if (pod.Entry(key) is { } entry && entry.Value.IsTrue())
        {
            sink.Add(rule, entry.Key, $"{name} sets {key}: true.");
        }
    }
}
