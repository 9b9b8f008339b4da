using Toolkit.Core.Actions;
using Toolkit.Core.Decisions;
using Toolkit.Core.Json;
using Toolkit.Core.Runtime;

namespace Toolkit.Cli;

/// <summary>
/// The step outputs of <c>gate decide</c> in GitHub Actions, named like a gate's so a workflow reads both alike:
/// <c>decision</c> (go, no-go), <c>verdict</c> (pass, fail), <c>summary</c> and <c>verdict-file</c> (decision.json).
/// </summary>
internal static class DecisionOutputs
{
    /// <summary>Sets the outputs; a failure is printed naming the file and recorded in <paramref name="writes"/>.</summary>
    public static void Write(RunEnvironment host, Decision decision, string root, string outDir, RunnerFileWrites writes)
    {
        if (!host.IsGitHubActions)
        {
            return;
        }

        var outputs = new GitHubOutput(host);
        writes.Output(() => outputs.Set("decision", decision.Decided));
        writes.Output(() => outputs.Set("verdict", decision.Go ? "pass" : "fail"));
        writes.Output(() => outputs.Set("summary", DecisionConsole.Headline(decision)));
        var file = Path.GetRelativePath(root, Path.Combine(outDir, DecisionJson.FileName)).Replace('\\', '/');
        writes.Output(() => outputs.Set("verdict-file", file.StartsWith("..", StringComparison.Ordinal) ? Path.Combine(outDir, DecisionJson.FileName) : file));
    }
}
