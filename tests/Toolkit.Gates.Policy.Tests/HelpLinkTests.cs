using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>Every rule's help link explains that same rule (issue 14: base-image-not-pinned linked hadolint DL3006).</summary>
public sealed partial class HelpLinkTests
{
    // Reviewed: each upstream rule checks what ours checks. Anything else links our own docs/policy.md.
    private static readonly Dictionary<string, string> Upstream = new(StringComparer.Ordinal)
    {
        ["docker/sudo"] = "https://github.com/hadolint/hadolint/wiki/DL3004",
        ["docker/pipefail"] = "https://github.com/hadolint/hadolint/wiki/DL4006",
        ["docker/json-cmd"] = "https://github.com/hadolint/hadolint/wiki/DL3025",
        ["docker/apt-no-install-recommends"] = "https://github.com/hadolint/hadolint/wiki/DL3015",
        ["gha/unpinned-uses"] = "https://docs.zizmor.sh/audits/#unpinned-uses",
        ["gha/excessive-permissions"] = "https://docs.zizmor.sh/audits/#excessive-permissions",
        ["gha/template-injection"] = "https://docs.zizmor.sh/audits/#template-injection",
        ["gha/secrets-inherit"] = "https://docs.zizmor.sh/audits/#secrets-inherit",
        ["gha/artipacked"] = "https://docs.zizmor.sh/audits/#artipacked",
        ["gha/unpinned-images"] = "https://docs.zizmor.sh/audits/#unpinned-images",
        ["gha/expression-syntax"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-syntax-expression",
        ["gha/unknown-context"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contexts-and-builtin-func",
        ["gha/unknown-function"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contexts-and-builtin-func",
        ["gha/missing-step"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-contextual-step-object",
        ["gha/unknown-needs"] = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#check-job-deps",
        // Alert hygiene: each links the pint check of the same meaning.
        ["alerts/promql-syntax"] = "https://cloudflare.github.io/pint/checks/promql/syntax.html",
        ["alerts/for-missing"] = "https://cloudflare.github.io/pint/checks/rule/for.html",
        ["alerts/label-template"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["alerts/rate-range"] = "https://cloudflare.github.io/pint/checks/promql/rate.html",
        ["alerts/absent-misuse"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["alerts/duplicate-name"] = "https://cloudflare.github.io/pint/checks/rule/duplicate.html",
        ["alerts/template-function"] = "https://cloudflare.github.io/pint/checks/alerts/template.html",
        ["alerts/series-missing"] = "https://cloudflare.github.io/pint/checks/promql/series.html",
        ["governance/codeowners-invalid"] = "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-syntax",
        ["governance/conventional-title"] = "https://www.conventionalcommits.org/en/v1.0.0/#specification",
    };

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
        foreach (var rule in RuleCatalog.All)
        {
            var expected = Upstream.GetValueOrDefault(rule.Id)
                ?? (rule.Id.StartsWith("k8s/", StringComparison.Ordinal) && SameNameInKubeLinter.Contains(rule.Id[4..])
                    ? "https://docs.kubelinter.io/#/generated/checks?id=" + rule.Id[4..]
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
        Assert.DoesNotContain("DL3006", RuleCatalog.BaseImageDigest.HelpUri, StringComparison.Ordinal);
        Assert.DoesNotContain("DL3020", RuleCatalog.AddUrl.HelpUri, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^###\s+(?<anchor>[a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
