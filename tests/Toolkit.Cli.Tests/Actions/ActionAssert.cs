using Toolkit.Core.Json;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>What every container action run must leave behind, checked the same way for all of them.</summary>
internal static class ActionAssert
{
    /// <summary>
    /// The step outputs verdict, summary and verdict-file (the heredoc form parsed as the runner does), a verdict file
    /// at verdict-file (relative to <paramref name="root"/>) that names <paramref name="gate"/> with that verdict, the
    /// gate's Markdown in the job summary, and the token nowhere.
    /// </summary>
    public static void GateReported(ActionStep step, string root, string gate, string verdict)
    {
        var outputs = step.Outputs;
        Assert.True(outputs.ContainsKey("verdict"), $"no 'verdict' output; GITHUB_OUTPUT has: {string.Join(", ", outputs.Keys)}\n{step.Printed}");
        Assert.Equal(verdict, outputs["verdict"]);
        Assert.False(string.IsNullOrWhiteSpace(outputs["summary"]));
        var file = Path.Combine(root, outputs["verdict-file"]);
        Assert.True(File.Exists(file), $"verdict-file '{outputs["verdict-file"]}' does not exist under {root}");
        var (parsed, error) = VerdictJson.Parse(File.ReadAllText(file));
        Assert.True(parsed is not null, error);
        Assert.Equal(gate, parsed!.Gate);
        Assert.Equal(verdict, parsed.Verdict.ToString().ToLowerInvariant());
        Assert.Contains($"{gate}: {verdict}", step.Summary, StringComparison.Ordinal);
        TokenNeverAppears(step, Path.GetDirectoryName(file)!);
    }

    /// <summary>The token is in no printed line (but the mask registration), file under <paramref name="outDir"/>, output or summary.</summary>
    public static void TokenNeverAppears(ActionStep step, string outDir)
    {
        Assert.Contains($"::add-mask::{step.Token}", step.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(step.Token, step.Printed, StringComparison.Ordinal);
        Assert.DoesNotContain(step.Token, step.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(step.Token, string.Join("\n", step.Outputs.Values), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(step.Token, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
