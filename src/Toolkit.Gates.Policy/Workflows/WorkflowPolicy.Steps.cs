using Toolkit.Core.Waivers;
using Toolkit.Gates.Policy.Kubernetes;

namespace Toolkit.Gates.Policy.Workflows;

internal static partial class WorkflowPolicy
{
    /// <summary>
    /// Reusable workflows and actions that must be referenced by a release tag, not a SHA: the SLSA generator's
    /// workflows verify their own ref to produce provenance, and document that a SHA ref breaks them.
    /// </summary>
    public static IReadOnlyList<string> TagOnlyUses { get; } =
    [
        "slsa-framework/slsa-github-generator/.github/workflows/*",
        "slsa-framework/slsa-github-generator/actions/**",
    ];

    private static void CheckSteps(YamlFile file, YamlNode? steps, bool privileged, PolicyOptions options, FindingSink sink)
    {
        var pushes = steps.Items().Any(Pushes);
        foreach (var step in steps.Items())
        {
            if (step.Entry("uses") is { } uses)
            {
                CheckUses(uses.Key, uses.Value, options, sink);
                if (IsCheckout(uses.Value.Text()))
                {
                    CheckCheckout(file, step, uses.Key, privileged, pushes, sink);
                }
            }

            if (step.Entry("run") is { } run && run.Value is YamlScalarNode script)
            {
                TemplateInjection.CheckRun(file, script, sink);
            }
        }
    }

    private static void CheckUses(YamlScalarNode key, YamlNode value, PolicyOptions options, FindingSink sink)
    {
        var text = value.Text() ?? string.Empty;
        if (text.StartsWith("./", StringComparison.Ordinal) || text.Length == 0)
        {
            return; // the repository's own action or workflow, at the commit being run
        }

        if (text.StartsWith("docker://", StringComparison.Ordinal))
        {
            if (!ImageReference.Parse(text["docker://".Length..]).HasDigest)
            {
                sink.Add(PolicyRules.UnpinnedUses, key, $"'{text}' is not pinned by digest.");
            }

            return;
        }

        var at = text.LastIndexOf('@');
        var name = at < 0 ? text : text[..at];
        var reference = at < 0 ? string.Empty : text[(at + 1)..];
        if (FullSha().IsMatch(reference) || options.AllowedUnpinnedUses.Select(GlobOf).Any(g => g.IsMatch(name) || g.IsMatch(text)))
        {
            return;
        }

        if (TagOnlyUses.Select(GlobOf).Any(g => g.IsMatch(name)) && ReleaseTag().IsMatch(reference))
        {
            return; // documented as tag-only (see TagOnlyUses)
        }

        sink.Add(PolicyRules.UnpinnedUses, key, at < 0 ? $"'{text}' has no ref at all." : $"'{text}' is pinned to '{reference}', not a commit SHA.");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Glob> Globs = new(StringComparer.Ordinal);

    // A Glob compiles a regex; the same few patterns are matched against every uses: of every workflow.
    private static Glob GlobOf(string pattern) => Globs.GetOrAdd(pattern, p => new Glob(p));

    private static void CheckCheckout(YamlFile file, YamlNode step, YamlScalarNode usesKey, bool privileged, bool jobPushes, FindingSink sink)
    {
        var with = step.Get("with");
        if (!with.Get("persist-credentials").IsFalse() && !jobPushes)
        {
            var at = with.Entry("persist-credentials")?.Key ?? usesKey;
            var major = CheckoutMajor(file, step.Get("uses"));
            var where = major >= 6
                ? $"actions/checkout v{major} keeps the token in a credentials file under $RUNNER_TEMP that git in every later step of the job uses (no longer in .git/config)."
                : "actions/checkout keeps the token in .git/config, where later steps and uploaded artifacts can read it.";
            sink.Add(PolicyRules.Artipacked, at, where);
        }

        if (privileged && with.Entry("ref") is { } reference && PullRequestHead().IsMatch(reference.Value.Text() ?? string.Empty))
        {
            sink.Add(PolicyRules.DangerousTriggers, reference.Key, $"A privileged trigger checks out the PR head ({reference.Value.Text()}).");
        }
    }

    /// <summary>The major version of a checkout: from the tag (<c>@v6</c>) or the comment after a SHA (<c># v6.0.1</c>); 0 when unknown.</summary>
    private static int CheckoutMajor(YamlFile file, YamlNode? uses)
    {
        var text = uses.Text() ?? string.Empty;
        var line = uses is null ? string.Empty : file.Lines[Math.Clamp((int)uses.Start.Line - 1, 0, file.Lines.Length - 1)];
        var match = MajorVersion().Match(text[(text.LastIndexOf('@') + 1)..]);
        if (!match.Success && line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0)
        {
            match = MajorVersion().Match(line[(hash + 1)..].Trim());
        }

        return match.Success && int.TryParse(match.Groups["major"].Value, out var major) ? major : 0;
    }

    /// <summary>
    /// A step that pushes commits or tags with git (or an action known to push with the checkout's credentials): the
    /// job needs the persisted token, so it is not told to drop it.
    /// </summary>
    private static bool Pushes(YamlNode step) =>
        (step.Text("run") is { } run && GitPush().IsMatch(run))
        || (step.Text("uses") is { } uses && PushingActions.Any(a => uses.StartsWith(a + "@", StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] PushingActions = ["stefanzweifel/git-auto-commit-action", "EndBug/add-and-commit", "ad-m/github-push-action"];

    private static void CheckContainer(YamlNode job, string jobName, FindingSink sink)
    {
        if (job.Entry("container") is { } container)
        {
            var image = container.Value is YamlScalarNode ? container : container.Value.Entry("image");
            if (image is { } i && i.Value.Text() is { } reference && !reference.Contains("${{", StringComparison.Ordinal) && !ImageReference.Parse(reference).HasDigest)
            {
                sink.Add(PolicyRules.UnpinnedImages, i.Key, $"Job '{jobName}' runs in container '{reference}' without a digest.");
            }
        }

        foreach (var (serviceKey, service) in job.Get("services").Pairs())
        {
            if (service.Entry("image") is { } image && image.Value.Text() is { } reference && !reference.Contains("${{", StringComparison.Ordinal) && !ImageReference.Parse(reference).HasDigest)
            {
                sink.Add(PolicyRules.UnpinnedImages, image.Key, $"Service '{(serviceKey as YamlScalarNode)?.Value}' of job '{jobName}' uses '{reference}' without a digest.");
            }
        }
    }

    private static bool IsCheckout(string? uses) => uses is not null && uses.StartsWith("actions/checkout@", StringComparison.Ordinal);

    [GeneratedRegex(@"^v(?<major>\d+)(?:\.\d+){0,2}\b")]
    private static partial Regex MajorVersion();

    [GeneratedRegex(@"^v\d+\.\d+\.\d+$")]
    private static partial Regex ReleaseTag();

    [GeneratedRegex(@"\bgit\s+(?:-C\s+\S+\s+)?push\b")]
    private static partial Regex GitPush();

    [GeneratedRegex(@"github\.event\.pull_request\.head\.(?:ref|sha)|github\.head_ref|github\.event\.workflow_run\.head_(?:branch|sha)|refs/pull/")]
    private static partial Regex PullRequestHead();
}
