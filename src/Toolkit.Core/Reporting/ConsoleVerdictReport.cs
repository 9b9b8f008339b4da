using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

// INTERIM: replaced by the reporters branch at merge.
public static class ConsoleVerdictReport
{
    public static void Write(IReadOnlyList<GateVerdict> verdicts, TextWriter output, ConsoleStyle style)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var v in verdicts)
        {
            output.WriteLine($"{v.Gate} {v.Verdict.ToString().ToUpperInvariant()} {v.Summary}");
        }
    }
}
