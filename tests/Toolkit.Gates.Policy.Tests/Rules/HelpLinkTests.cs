using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Rules;

/// <summary>Every rule's help link explains that same rule (issue 14: base-image-not-pinned linked hadolint DL3006).</summary>
public sealed partial class HelpLinkTests
{
    // Reviewed: each upstream rule checks what ours checks. Anything else links our own docs/policy.md.
    private static readonly Dictionary<string, string> Upstream = new(StringComparer.Ordinal)
    {
        ["policy/docker/sudo"] = "https://github.com/hadolint/hadolint/wiki/DL3004",
        ["policy/docker/pipefail"] = "https://github.com/hadolint/hadolint/wiki/DL4006",
        ["policy/docker/json-cmd"] = "https://github.com/hadolint/hadolint/wiki/DL3025",
        ["policy/docker/apt-no-install-recommends"] = "https://github.com/hadolint/hadolint/wiki/DL3015",
        ["policy/gha/unpinned-uses"] = "https://docs.zizmor.sh/audits/#unpinned-uses",
        ["policy/gha/excessive-permissions"] = "https://docs.zizmor.sh/audits/#excessive-permissions",
        ["policy/gha/template-injection"] = "https://docs.zizmor.sh/audits/#template-injection",
        ["policy/gha/secrets-inherit"] = "https://docs.zizmor.sh/audits/#secrets-inherit",
        ["policy/gha/artipacked"] = "https://docs.zizmor.sh/audits/#artipacked",
        ["policy/gha/unpinned-images"] = "https://docs.zizmor.sh/audits/#unpinned-images",
        ["policy/gha/expression-syntax"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-syntax-expression",
        ["policy/gha/unknown-context"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contexts-and-builtin-func",
        ["policy/gha/unknown-function"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contexts-and-builtin-func",
        ["policy/gha/missing-step"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contextual-step-object",
        ["policy/gha/unknown-needs"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-job-deps",
        // Alert hygiene: each links the pint check of the same meaning.
        ["policy/alerts/promql-syntax"] = "https://cloudflare.github.io/pint/checks/promql/syntax.html",
        ["policy/alerts/for-missing"] = "https://cloudflare.github.io/pint/checks/rule/for.html",
        ["policy/alerts/label-template"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["policy/alerts/rate-range"] = "https://cloudflare.github.io/pint/checks/promql/rate.html",
        ["policy/alerts/absent-misuse"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["policy/alerts/duplicate-name"] = "https://cloudflare.github.io/pint/checks/rule/duplicate.html",
        ["policy/alerts/template-function"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["policy/alerts/series-missing"] = "https://cloudflare.github.io/pint/checks/promql/series.html",
        ["policy/governance/codeowners-invalid"] = "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-syntax",
        ["policy/governance/conventional-title"] = "https://www.conventionalcommits.org/en/v1.0.0/#specification",
    };

    private const string KubernetesPrefix = "policy/k8s/";

    private static readonly string[] SameNameInKubeLinter =
    [
        "run-as-non-root", "no-read-only-root-fs", "privilege-escalation-container", "privileged-container", "unset-cpu-requirements",
        "unset-memory-requirements", "latest-tag", "host-network", "host-pid", "host-ipc", "sensitive-host-mounts", "docker-sock",
        "no-liveness-probe", "no-readiness-probe", "env-var-secret", "default-service-account",
    ];

    [Fact]
    public void Every_help_link_is_a_reviewed_upstream_page_or_a_section_of_our_documentation()
    {
        var docs = File.ReadAllText(RepositoryPaths.InRepo("docs", "policy.md"));
        var anchors = Heading().Matches(docs).Select(m => m.Groups["anchor"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in PolicyRules.All)
        {
            var expected = Upstream.GetValueOrDefault(rule.Id)
                ?? (rule.Id.StartsWith(KubernetesPrefix, StringComparison.Ordinal) && SameNameInKubeLinter.Contains(rule.Id[KubernetesPrefix.Length..])
                    ? "https://docs.kubelinter.io/#/generated/checks?id=" + rule.Id[KubernetesPrefix.Length..]
                    : null);
            if (expected is not null)
            {
                Assert.Equal(expected, rule.HelpUri);
                continue;
            }

            const string Own = "https://github.com/toolkit/toolkit/blob/main/docs/policy.md#";
            Assert.StartsWith(Own, rule.HelpUri, StringComparison.Ordinal);
            Assert.True(anchors.Contains(rule.HelpUri[Own.Length..]), $"{rule.Id}: docs/policy.md has no heading '### {rule.HelpUri[Own.Length..]}'");
        }
    }

    [Fact]
    public void The_digest_rule_no_longer_links_hadolints_tag_rule()
    {
        Assert.DoesNotContain("DL3006", PolicyRules.BaseImageDigest.HelpUri, StringComparison.Ordinal);
        Assert.DoesNotContain("DL3020", PolicyRules.AddUrl.HelpUri, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^###\s+(?<anchor>[a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
