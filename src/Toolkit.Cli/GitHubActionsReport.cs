using System.Text;
using System.Text.Json;
using Toolkit.Cli.Publishing;
using Toolkit.Core.Actions;
using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Publishing;

namespace Toolkit.Cli;

/// <summary>
/// What a gate run leaves in a GitHub Actions job: annotations on the changed lines, the Markdown report in the job
/// summary, and step outputs (<c>verdict</c>, <c>summary</c>, <c>verdict-file</c>, <c>verdicts</c>). Does nothing
/// outside Actions.
/// </summary>
internal sealed class GitHubActionsReport(RunEnvironment host, TextWriter output, TextWriter error)
{
    /// <summary>Writes annotations, the job summary and the step outputs.</summary>
    /// <returns>False when a runner file could not be written (each failure is printed, naming the file).</returns>
    public bool Write(IReadOnlyList<GateRun> runs, string root, string outDir, GitHubPublishing? publishing)
    {
        if (!host.IsGitHubActions || runs.Count == 0)
        {
            return true;
        }

        var writes = new RunnerFileWrites(error);
        var reportPointer = runs.Count == 1 ? Pointer(runs[0], root, outDir) : Relative(root, outDir);
        var annotations = new AnnotationWriter(new WorkflowCommands(output));
        annotations.Write(runs.SelectMany(r => r.Verdict.Findings), reportPointer);

        var summary = new StringBuilder();
        foreach (var run in runs)
        {
            summary.Append(MarkdownVerdictRenderer.Render(run.Verdict, new MarkdownOptions
            {
                MaxCharacters = (int)(StepSummary.MaxBytes / runs.Count / 2),
                FullReportHint = Pointer(run, root, outDir),
            }));
            summary.Append('\n');
        }

        if (publishing is { ReadOnly: true })
        {
            summary.Append("> [!NOTE]\n> ").Append(PublishResult.ReadOnlyInstructions).Append('\n');
        }

        writes.Summary(() => new StepSummary(host).Append(summary.ToString(), $"the workflow artifact ({Relative(root, outDir)})"));

        var outputs = new GitHubOutput(host);
        var worst = runs.Select(r => r.Verdict.Verdict).Max();
        writes.Output(() => outputs.Set("verdict", worst.ToString().ToLowerInvariant()));
        writes.Output(() => outputs.Set("summary", string.Join("; ", runs.Select(r => runs.Count == 1 ? r.Verdict.Summary : $"{r.Verdict.Gate}: {r.Verdict.Summary}"))));
        if (runs.Count == 1)
        {
            writes.Output(() => outputs.Set("verdict-file", Relative(root, Path.Combine(outDir, Core.Json.VerdictJson.FileName(runs[0].Verdict.Gate)))));
        }

        var map = runs.ToDictionary(r => r.Verdict.Gate, r => r.Verdict.Verdict.ToString().ToLowerInvariant());
        writes.Output(() => outputs.Set("verdicts", JsonSerializer.Serialize(map, CliJsonContext.Default.DictionaryStringString)));
        return !writes.Failed;
    }

    /// <summary>The SARIF report when one was written (code scanning shows every finding), else the verdict file.</summary>
    private static string Pointer(GateRun run, string root, string outDir)
    {
        var sarif = run.Files.FirstOrDefault(f => f.EndsWith(".sarif", StringComparison.Ordinal));
        return Relative(root, sarif ?? Path.Combine(outDir, Core.Json.VerdictJson.FileName(run.Verdict.Gate)));
    }

    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
