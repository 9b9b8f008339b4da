namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule LastUserRoot = OwnDocker("last-user-root", Severity.Error, "Final stage runs as root", "The image runs as root: the final stage's last USER is root, or no stage it is built from sets USER and its base image is not one known to run as non-root (distroless :nonroot, Chainguard, chiseled .NET, Bitnami ...). hadolint DL3002 covers only an explicit USER root.", "End the final stage with USER <non-root user or uid>, e.g. USER 65532.");
    public static readonly PolicyRule BaseImageLatest = OwnDocker("base-image-latest", Severity.Error, "Base image uses latest or no tag", "FROM uses the latest tag (hadolint DL3007) or no tag at all (hadolint DL3006), so the build changes under you.", "FROM repo:1.2.3@sha256:<digest>.");
    public static readonly PolicyRule BaseImageDigest = OwnDocker("base-image-not-pinned", Severity.Error, "Base image not pinned by digest", "FROM references the image by tag only; tags are mutable.", "Append the digest: FROM repo:1.2.3@sha256:<digest>.");
    public static readonly PolicyRule AddUrl = OwnDocker("add-url", Severity.Error, "ADD fetches a URL", "ADD downloads from a URL without checksum verification.", "Download with RUN curl and verify a checksum, or use ADD --checksum=sha256:<hash>.");
    public static readonly PolicyRule Sudo = D("sudo", "DL3004", Severity.Error, "sudo in RUN", "RUN uses sudo; build steps already run as the current USER and sudo hides privilege changes.", "Remove sudo; switch USER around the step that needs root.");
    public static readonly PolicyRule Pipefail = D("pipefail", "DL4006", Severity.Warning, "Pipe without pipefail", "A RUN pipes commands without pipefail, so a failing first command is ignored.", "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN, or start it with set -o pipefail &&.");
    public static readonly PolicyRule JsonCmd = D("json-cmd", "DL3025", Severity.Warning, "CMD/ENTRYPOINT in shell form", "Shell-form CMD/ENTRYPOINT runs under /bin/sh -c, which does not forward signals to the process.", "Use the JSON form: CMD [\"executable\", \"arg\"].");
    public static readonly PolicyRule AptRecommends = D("apt-no-install-recommends", "DL3015", Severity.Warning, "apt-get install without --no-install-recommends", "apt-get install pulls recommended packages, growing the image and its attack surface.", "Add --no-install-recommends to apt-get install.");

    private static IReadOnlyList<PolicyRule> DockerfileRules => [LastUserRoot, BaseImageLatest, BaseImageDigest, AddUrl, Sudo, Pipefail, JsonCmd, AptRecommends];

    // No hadolint rule means the same (DL3020 is about ADD for local files): help is our own documentation.
    private static PolicyRule OwnDocker(string name, Severity severity, string title, string description, string fix) =>
        Rule("docker/" + name, PolicyPacks.Dockerfile, severity, title, description, fix, Toolkit + "docker-" + name);

    private static PolicyRule D(string name, string hadolint, Severity severity, string title, string description, string fix) =>
        Rule("docker/" + name, PolicyPacks.Dockerfile, severity, title, description, fix, Hadolint + hadolint, hadolint);
}
