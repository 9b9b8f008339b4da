using Toolkit.Core.Decisions;

namespace Toolkit.Cli;

/// <summary>The go/no-go as plain aligned text: stable in CI logs, readable in a terminal.</summary>
internal static class DecisionConsole
{
    public static void Write(Decision decision, TextWriter output)
    {
        var width = Math.Max(4, decision.Lines.Select(l => l.Gate.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"Gate".PadRight(width)}  {"Verdict",-8}  {"Required",-8}  Summary");
        foreach (var line in decision.Lines)
        {
            output.WriteLine($"{line.Gate.PadRight(width)}  {line.Verdict.ToUpperInvariant(),-8}  {(line.Required ? "yes" : "no"),-8}  {line.Summary}");
        }

        foreach (var problem in decision.Problems)
        {
            output.WriteLine($"problem: {problem}");
        }

        foreach (var exception in decision.Exceptions)
        {
            output.WriteLine($"exception: {exception.Gate} {exception.Rule} waived until {exception.Expires:yyyy-MM-dd} ({exception.Owner}: {exception.Reason})");
        }

        foreach (var risk in decision.RiskOpen)
        {
            output.WriteLine($"risk open: {risk.Gate} is {risk.Verdict}{(risk.Required ? string.Empty : " (not required)")}: {risk.Summary}");
        }

        output.WriteLine(decision.EvidenceSigned
            ? $"evidence: signed ({decision.EvidenceNote})"
            : $"evidence: not signed ({decision.EvidenceNote ?? "no --evidence given; this does not block"})");
        output.WriteLine($"Decision: {Headline(decision)}");
    }

    /// <summary><c>GO</c>, or <c>NO-GO (blocked by ...)</c>: the last line of the console and the step's summary output.</summary>
    public static string Headline(Decision decision)
    {
        var blocking = decision.Blocking.Select(l => l.Gate).ToList();
        return decision.Go
            ? "GO"
            : $"NO-GO ({(blocking.Count > 0 ? "blocked by " + string.Join(", ", blocking) : "problems with the inputs")})";
    }
}
