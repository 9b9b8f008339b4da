using System.Text;
using Toolkit.Core.Actions;
using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Actions;

public sealed class StepSummaryTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string path;

    public StepSummaryTests() => path = temp.Combine("summary.md");

    private RunEnvironment Environment => RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = path });

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Appends_markdown_after_what_other_steps_wrote()
    {
        File.WriteAllText(path, "# Earlier\n");

        var written = new StepSummary(Environment).Append("## Supply chain\nAll clear.\n", "artifacts/gates");

        Assert.True(written);
        Assert.Equal("# Earlier\n## Supply chain\nAll clear.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Returns_false_without_a_summary_file_instead_of_throwing()
    {
        var written = new StepSummary(RunEnvironment.From(new Dictionary<string, string>())).Append("text", "report");

        Assert.False(written);
    }

    [Fact]
    public void Content_over_the_limit_is_cut_at_a_line_and_points_at_the_full_report()
    {
        File.WriteAllText(path, new string('x', 1000));
        var markdown = string.Concat(Enumerable.Range(0, 80_000).Select(i => $"| row {i} | ok |\n"));

        new StepSummary(Environment).Append(markdown, "the gate-reports artifact");

        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.True(bytes.LongLength <= StepSummary.MaxBytes, $"{bytes.LongLength} bytes");
        Assert.EndsWith("Summary truncated; the full report is the gate-reports artifact\n", text, StringComparison.Ordinal);
        var kept = text[1000..text.IndexOf("\n> [!NOTE]", StringComparison.Ordinal)];
        Assert.EndsWith(" | ok |\n", kept, StringComparison.Ordinal);
        Assert.StartsWith(kept, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_byte_character_at_the_boundary_is_never_split()
    {
        // Each line is 'é' (2 bytes) and '€' (3 bytes) repeated, so the limit falls inside a character.
        var line = string.Concat(Enumerable.Repeat("é€", 20)) + "\n";
        var markdown = string.Concat(Enumerable.Repeat(line, 10));
        var limit = 1 + (Encoding.UTF8.GetByteCount(line) * 3) + 2 + Encoding.UTF8.GetByteCount("\n> [!NOTE]\n> Summary truncated; the full report is r\n");
        File.WriteAllText(path, "#");

        new StepSummary(Environment, limit).Append(markdown, "r");

        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.True(bytes.Length <= limit);
        Assert.Equal("#" + line + line + line + "\n> [!NOTE]\n> Summary truncated; the full report is r\n", text);
    }

    [Fact]
    public void A_summary_file_already_at_the_limit_gets_nothing_more()
    {
        File.WriteAllText(path, new string('x', 100));

        var written = new StepSummary(Environment, 100).Append("more\n", "r");

        Assert.False(written);
        Assert.Equal(100, new FileInfo(path).Length);
    }

    [Fact]
    public void Surrogate_pairs_count_as_one_four_byte_character()
    {
        var note = "\n> [!NOTE]\n> Summary truncated; the full report is r\n";
        var markdown = "😀\n😀😀\n" + new string('x', 200) + "\n";

        var fitted = StepSummary.Fit(markdown, "r", Encoding.UTF8.GetByteCount(note) + 7);

        Assert.Equal("😀\n" + note, fitted);
    }

    [Fact]
    public void A_summary_that_cannot_be_written_is_an_error_naming_the_variable_and_the_path()
    {
        var full = RunEnvironment.From(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = "/dev/full" });

        var error = Assert.Throws<IOException>(() => new StepSummary(full).Append("## Policy\n", "r"));

        Assert.StartsWith("cannot write GITHUB_STEP_SUMMARY (/dev/full):", error.Message, StringComparison.Ordinal);
    }
}
