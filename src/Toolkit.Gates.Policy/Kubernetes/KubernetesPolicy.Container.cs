namespace Toolkit.Gates.Policy.Kubernetes;

internal static partial class KubernetesPolicy
{
    private static void CheckContainer(YamlMappingNode pod, YamlMappingNode container, bool init, bool longRunning, string owner, FindingSink sink)
    {
        var name = $"container '{container.Text("name") ?? "(unnamed)"}' of {owner}";
        var security = container.Get("securityContext");
        var podSecurity = pod.Get("securityContext");
        var securityAt = container.KeyOrSelf("securityContext");

        var nonRoot = security.Get("runAsNonRoot").IsTrue() || NonZero(security.Text("runAsUser"))
            || ((podSecurity.Get("runAsNonRoot").IsTrue() || NonZero(podSecurity.Text("runAsUser")))
                && !security.Get("runAsNonRoot").IsFalse() && security.Text("runAsUser") is not "0");
        if (!nonRoot)
        {
            sink.Add(PolicyRules.RunAsNonRoot, Place(security, "runAsNonRoot", Place(security, "runAsUser", securityAt)), $"The {name} may run as root.");
        }

        if (!security.Get("readOnlyRootFilesystem").IsTrue())
        {
            sink.Add(PolicyRules.NoReadOnlyRootFs, Place(security, "readOnlyRootFilesystem", securityAt), $"The {name} has a writable root filesystem.");
        }

        if (!security.Get("allowPrivilegeEscalation").IsFalse())
        {
            sink.Add(PolicyRules.PrivilegeEscalation, Place(security, "allowPrivilegeEscalation", securityAt), $"The {name} does not set allowPrivilegeEscalation: false.");
        }

        if (security.Entry("privileged") is { } privileged && privileged.Value.IsTrue())
        {
            sink.Add(PolicyRules.PrivilegedContainer, privileged.Key, $"The {name} is privileged.");
        }

        var drop = security.Path("capabilities", "drop");
        if (!drop.Items().Any(d => string.Equals(d.Text(), "ALL", StringComparison.OrdinalIgnoreCase)))
        {
            var at = security.Path("capabilities") is { } caps ? caps.KeyOrSelf("drop") : Place(security, "capabilities", securityAt);
            sink.Add(PolicyRules.DropCapabilities, at, $"The {name} does not drop ALL capabilities.");
        }

        CheckResources(container, name, sink);
        CheckImage(container, name, sink);
        CheckEnv(container, name, sink);

        if (!init && longRunning)
        {
            if (container.Get("livenessProbe") is null)
            {
                sink.Add(PolicyRules.NoLivenessProbe, container.Start, $"The {name} has no livenessProbe.");
            }

            if (container.Get("readinessProbe") is null)
            {
                sink.Add(PolicyRules.NoReadinessProbe, container.Start, $"The {name} has no readinessProbe.");
            }
        }
    }

    private static void CheckResources(YamlMappingNode container, string name, FindingSink sink)
    {
        var resources = container.Get("resources");
        var requests = resources.Get("requests");
        var limits = resources.Get("limits");
        var at = resources is null ? container.Start : container.KeyOrSelf("resources");
        if (requests.Text("cpu") is null)
        {
            sink.Add(PolicyRules.UnsetCpu, requests is null ? at : resources!.KeyOrSelf("requests"), $"The {name} sets no CPU request.");
        }

        if (requests.Text("memory") is null || limits.Text("memory") is null)
        {
            var missing = requests.Text("memory") is null ? "requests.memory" : "limits.memory";
            var where = requests.Text("memory") is null ? (requests is null ? at : resources!.KeyOrSelf("requests")) : (limits is null ? at : resources!.KeyOrSelf("limits"));
            sink.Add(PolicyRules.UnsetMemory, where, $"The {name} sets no {missing}.");
        }
    }

    private static void CheckImage(YamlMappingNode container, string name, FindingSink sink)
    {
        if (container.Entry("image") is not { } image || image.Value.Text() is not { } reference || sink.BuiltImages.Contains(reference))
        {
            return;
        }

        var parsed = ImageReference.Parse(reference);
        if (parsed.IsLatestOrUntagged)
        {
            sink.Add(PolicyRules.LatestTag, image.Key, $"The {name} uses '{reference}'.");
        }

        if (!parsed.HasDigest)
        {
            sink.Add(PolicyRules.NotPinnedByDigest, image.Key, $"The {name} uses '{reference}' without a digest.");
        }
    }

    private static void CheckEnv(YamlMappingNode container, string name, FindingSink sink)
    {
        foreach (var variable in container.Get("env").Items())
        {
            var variableName = variable.Text("name") ?? string.Empty;
            if (variable.Entry("value") is { } value && !string.IsNullOrEmpty(value.Value.Text()) && SecretName().IsMatch(variableName))
            {
                sink.Add(PolicyRules.EnvVarSecret, value.Key, $"The {name} sets {variableName} to a literal value.");
            }
        }
    }

    private static YamlDotNet.Core.Mark Place(YamlNode? security, string key, YamlDotNet.Core.Mark fallback) =>
        security?.Entry(key)?.Key.Start ?? fallback;

    private static bool NonZero(string? uid) => uid is not null && long.TryParse(uid, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0;

    [GeneratedRegex("secret|password|passwd|token|api[_-]?key|private[_-]?key|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
