namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule RunAsNonRoot = K("run-as-non-root", Severity.Error, "Container may run as root", "Neither the container nor the pod sets runAsNonRoot: true or a non-zero runAsUser.", "Set securityContext.runAsNonRoot: true (and a non-zero runAsUser) on the container or the pod.");
    public static readonly PolicyRule NoReadOnlyRootFs = K("no-read-only-root-fs", Severity.Error, "Root filesystem is writable", "The container does not set readOnlyRootFilesystem: true.", "Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process must write.");
    public static readonly PolicyRule PrivilegeEscalation = K("privilege-escalation-container", Severity.Error, "Privilege escalation allowed", "allowPrivilegeEscalation is not false (Kubernetes allows it by default).", "Set securityContext.allowPrivilegeEscalation: false.");
    public static readonly PolicyRule PrivilegedContainer = K("privileged-container", Severity.Error, "Privileged container", "The container runs with privileged: true, i.e. with every capability of the host.", "Remove privileged: true; grant only the specific capability the process needs.");
    public static readonly PolicyRule DropCapabilities = K("drop-capabilities", Severity.Error, "Capabilities not dropped", "securityContext.capabilities.drop does not include ALL.", "Set securityContext.capabilities.drop: [ALL] and add back only what is needed.", own: true);
    public static readonly PolicyRule UnsetCpu = K("unset-cpu-requirements", Severity.Warning, "CPU request not set", "The container has no resources.requests.cpu, so the scheduler cannot place it reliably.", "Set resources.requests.cpu.");
    public static readonly PolicyRule UnsetMemory = K("unset-memory-requirements", Severity.Error, "Memory request or limit not set", "The container lacks resources.requests.memory or resources.limits.memory, so it can starve its node.", "Set resources.requests.memory and resources.limits.memory.");
    public static readonly PolicyRule LatestTag = K("latest-tag", Severity.Error, "Image uses latest or no tag", "The image reference has the mutable latest tag or no tag at all.", "Use an immutable version tag and pin the digest: image: repo:1.2.3@sha256:<digest>.");
    public static readonly PolicyRule NotPinnedByDigest = K("image-not-pinned-by-digest", Severity.Error, "Image not pinned by digest", "The image is referenced by tag only; tags are mutable (release contract: no mutable tags).", "Append the digest: image: repo:1.2.3@sha256:<digest>.", own: true);
    public static readonly PolicyRule HostNetwork = K("host-network", Severity.Error, "Pod shares the host network", "hostNetwork: true gives the pod the node's network namespace.", "Remove hostNetwork: true.");
    public static readonly PolicyRule HostPid = K("host-pid", Severity.Error, "Pod shares the host PID namespace", "hostPID: true lets the pod see and signal every process on the node.", "Remove hostPID: true.");
    public static readonly PolicyRule HostIpc = K("host-ipc", Severity.Error, "Pod shares the host IPC namespace", "hostIPC: true shares the node's IPC namespace.", "Remove hostIPC: true.");
    public static readonly PolicyRule SensitiveHostMounts = K("sensitive-host-mounts", Severity.Error, "Sensitive host path mounted", "A hostPath volume mounts a sensitive host directory (/, /etc, /proc, /sys, /root, /var/lib/kubelet, ...).", "Use a ConfigMap, Secret, emptyDir or persistent volume instead of the hostPath.");
    public static readonly PolicyRule DockerSock = K("docker-sock", Severity.Error, "Docker socket mounted", "A hostPath volume mounts the container runtime socket, which is root on the node.", "Remove the docker.sock/containerd.sock hostPath volume.");
    public static readonly PolicyRule NoLivenessProbe = K("no-liveness-probe", Severity.Warning, "No liveness probe", "The container has no livenessProbe, so a hung process is never restarted.", "Add a livenessProbe.");
    public static readonly PolicyRule NoReadinessProbe = K("no-readiness-probe", Severity.Warning, "No readiness probe", "The container has no readinessProbe, so traffic reaches it before it is ready.", "Add a readinessProbe.");
    public static readonly PolicyRule EnvVarSecret = K("env-var-secret", Severity.Error, "Secret in an environment variable", "An environment variable whose name looks like a secret has a literal value.", "Use valueFrom.secretKeyRef to read it from a Secret.");
    public static readonly PolicyRule DefaultServiceAccount = K("default-service-account", Severity.Warning, "Default service account", "The pod runs as the namespace's default service account.", "Set spec.serviceAccountName to a dedicated, least-privilege service account.");

    private static IReadOnlyList<PolicyRule> KubernetesRules =>
    [
        RunAsNonRoot, NoReadOnlyRootFs, PrivilegeEscalation, PrivilegedContainer, DropCapabilities, UnsetCpu, UnsetMemory,
        LatestTag, NotPinnedByDigest, HostNetwork, HostPid, HostIpc, SensitiveHostMounts, DockerSock, NoLivenessProbe,
        NoReadinessProbe, EnvVarSecret, DefaultServiceAccount,
    ];

    // kube-linter's drop-net-raw-capability checks NET_RAW only and its latest-tag allows any other tag, so the rules
    // that mean more than those (own) are explained in our documentation.
    private static PolicyRule K(string name, Severity severity, string title, string description, string fix, bool own = false) =>
        own
            ? Rule("k8s/" + name, PolicyPacks.Kubernetes, severity, title, description, fix, Toolkit + "k8s-" + name)
            : Rule("k8s/" + name, PolicyPacks.Kubernetes, severity, title, description, fix, KubeLinter + name, name);
}
