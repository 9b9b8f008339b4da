using Toolkit.Core.Actions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Actions;

public sealed class MaskingTextWriterDefuseTests
{
    [Fact]
    public void Text_from_input_starts_no_workflow_command_while_the_toolkits_own_commands_pass()
    {
        var inner = new StringWriter { NewLine = "\n" };
        using (var writer = new MaskingTextWriter(inner, new SecretMasker(), leaveOpen: true) { DefusesWorkflowCommands = true, NewLine = "\n" })
        {
            writer.Write("summary: broken\n::stop-commands::x\r  ::add-mask::policy-ci\n##[add-mask]x");
            new WorkflowCommands(writer).Annotation(Severity.Error, "bad\n::notice::x");
            writer.WriteLine("done");
        }

        var lines = inner.ToString().Split('\n', '\r');
        Assert.Contains("::error::bad%0A::notice::x", lines);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("::stop-commands", StringComparison.Ordinal) || l.TrimStart().StartsWith("::add-mask", StringComparison.Ordinal));
        Assert.DoesNotContain("##[", inner.ToString(), StringComparison.Ordinal);
        Assert.Contains("stop-commands::x", inner.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_actions_text_is_written_as_is()
    {
        var inner = new StringWriter();
        using (var writer = new MaskingTextWriter(inner, new SecretMasker(), leaveOpen: true))
        {
            writer.Write("::notice::x\n");
        }

        Assert.Equal("::notice::x\n", inner.ToString());
    }
}
