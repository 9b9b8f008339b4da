using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Rules;

public static partial class RuleCatalog
{
    public static readonly PolicyRule LastUserRoot = D("last-user-root", "DL3002", Severity.Error, "Final stage runs as root", "The last USER of the final stage is root, or the final stage sets no USER at all.", "End the final stage with USER <non-root user or uid>, e.g. USER 65532.");
    public static readonly PolicyRule BaseImageLatest = D("base-image-latest", "DL3007", Severity.Error, "Base image uses latest or no tag", "FROM uses the latest tag or no tag, so the build changes under you.", "FROM repo:1.2.3@sha256:<digest>.");
    public static readonly PolicyRule BaseImageDigest = D("base-image-not-pinned", "DL3006", Severity.Error, "Base image not pinned by digest", "FROM references the image by tag only; tags are mutable.", "Append the digest: FROM repo:1.2.3@sha256:<digest>.");
    public static readonly PolicyRule AddUrl = D("add-url", "DL3020", Severity.Error, "ADD fetches a URL", "ADD downloads from a URL without checksum verification.", "Download with RUN curl and verify a checksum, or use ADD --checksum=sha256:<hash>.");
    public static readonly PolicyRule Sudo = D("sudo", "DL3004", Severity.Error, "sudo in RUN", "RUN uses sudo; build steps already run as the current USER and sudo hides privilege changes.", "Remove sudo; switch USER around the step that needs root.");
    public static readonly PolicyRule Pipefail = D("pipefail", "DL4006", Severity.Warning, "Pipe without pipefail", "A RUN pipes commands without pipefail, so a failing first command is ignored.", "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN, or start it with set -o pipefail &&.");
    public static readonly PolicyRule JsonCmd = D("json-cmd", "DL3025", Severity.Warning, "CMD/ENTRYPOINT in shell form", "Shell-form CMD/ENTRYPOINT runs under /bin/sh -c, which does not forward signals to the process.", "Use the JSON form: CMD [\"executable\", \"arg\"].");
    public static readonly PolicyRule AptRecommends = D("apt-no-install-recommends", "DL3015", Severity.Warning, "apt-get install without --no-install-recommends", "apt-get install pulls recommended packages, growing the image and its attack surface.", "Add --no-install-recommends to apt-get install.");

    private static IReadOnlyList<PolicyRule> DockerfileRules => [LastUserRoot, BaseImageLatest, BaseImageDigest, AddUrl, Sudo, Pipefail, JsonCmd, AptRecommends];

    private static PolicyRule D(string name, string hadolint, Severity severity, string title, string description, string fix) =>
        Rule("docker/" + name, PolicyPacks.Dockerfile, severity, title, description, fix, Hadolint + hadolint, hadolint);
}
