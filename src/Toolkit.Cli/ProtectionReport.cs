using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Core.Actions;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.GitHub.Protection;

namespace Toolkit.Cli;

/// <summary>
/// What <c>gate protect</c> leaves behind: <c>protection.json</c> in the output directory, and in a GitHub Actions job
/// the required checks as a job summary table and the outputs <c>verdict</c>, <c>summary</c>, <c>verdict-file</c>,
/// <c>outcome</c> and <c>required-checks</c>.
/// </summary>
internal static class ProtectionReport
{
    public const string FileName = "protection.json";

    /// <summary>
    /// pass when the branch requires the gates (already, or now); warn when a dry run found drift; fail when the token
    /// could not read or change protection.
    /// </summary>
    public static string Verdict(ProtectionSyncOutcome outcome) => outcome switch
    {
        ProtectionSyncOutcome.AlreadyInSync or ProtectionSyncOutcome.Applied => "pass",
        ProtectionSyncOutcome.WouldApply => "warn",
        _ => "fail",
    };

    /// <summary>The sync as JSON: what the verdict-file output points at.</summary>
    public static string Json(ProtectionSyncResult result)
    {
        var document = new JsonObject
        {
            ["verdict"] = Verdict(result.Outcome),
            ["outcome"] = Outcome(result.Outcome),
            ["target"] = result.Target,
            ["required_checks"] = new JsonArray(result.RequiredChecks.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            ["added"] = new JsonArray(result.Added.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            ["removed"] = new JsonArray(result.Removed.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            ["missing_permission"] = result.MissingPermission,
            ["summary"] = result.Message,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>Writes the job summary and step outputs.</summary>
    /// <returns>False when a runner file could not be written (each failure is printed, naming the file).</returns>
    public static bool Write(RunEnvironment host, ProtectionSyncResult result, string verdictFile, TextWriter error)
    {
        if (!host.IsGitHubActions)
        {
            return true;
        }

        var writes = new RunnerFileWrites(error);
        writes.Summary(() => new StepSummary(host).Append(Markdown(result), "the step log"));
        var outputs = new GitHubOutput(host);
        writes.Output(() => outputs.Set("verdict", Verdict(result.Outcome)));
        writes.Output(() => outputs.Set("verdict-file", verdictFile));
        writes.Output(() => outputs.Set("outcome", Outcome(result.Outcome)));
        writes.Output(() => outputs.Set("required-checks", string.Join(",", result.RequiredChecks)));
        writes.Output(() => outputs.Set("summary", result.Message));
        return !writes.Failed;
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
