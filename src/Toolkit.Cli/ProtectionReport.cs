using System.Text;
using Toolkit.Core.Actions;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.GitHub.Protection;

namespace Toolkit.Cli;

/// <summary>
/// What <c>gate protect</c> leaves in a GitHub Actions job: the required checks as a job summary table, and the
/// outputs <c>outcome</c>, <c>required-checks</c> and <c>summary</c>. Does nothing outside Actions.
/// </summary>
internal static class ProtectionReport
{
    public static void Write(RunEnvironment host, ProtectionSyncResult result)
    {
        if (!host.IsGitHubActions)
        {
            return;
        }

        new StepSummary(host).Append(Markdown(result), "the step log");
        var outputs = new GitHubOutput(host);
        outputs.Set("outcome", Outcome(result.Outcome));
        outputs.Set("required-checks", string.Join(",", result.RequiredChecks));
        outputs.Set("summary", result.Message);
    }

    /// <summary><c>in-sync</c>, <c>applied</c>, <c>would-apply</c> (dry run) or <c>missing-permission</c>.</summary>
    public static string Outcome(ProtectionSyncOutcome outcome) => outcome switch
    {
        ProtectionSyncOutcome.AlreadyInSync => "in-sync",
        ProtectionSyncOutcome.Applied => "applied",
        ProtectionSyncOutcome.WouldApply => "would-apply",
        _ => "missing-permission",
    };

    private static string Markdown(ProtectionSyncResult result)
    {
        var table = new MarkdownTable("Required check", "Change");
        foreach (var check in result.RequiredChecks.Union(result.Removed, StringComparer.Ordinal))
        {
            var change = result.Added.Contains(check) ? "added" : result.Removed.Contains(check) ? "removed" : "kept";
            table.AddMarkdownRow(MarkdownText.Code(check), change);
        }

        return new StringBuilder()
            .Append("## Required checks of ").Append(MarkdownText.Escape(result.Target)).Append("\n\n")
            .Append(table.ToMarkdown()).Append('\n')
            .Append(MarkdownText.Escape(result.Message)).Append('\n')
            .ToString();
    }
}
