using System.Globalization;
using Spectre.Console;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// The console summary of a run: a table of verdicts, then the top findings of each gate that did not pass. Written to
/// an injected <see cref="TextWriter"/>; no timestamps, so the output is stable enough to snapshot.
/// </summary>
public static class ConsoleVerdictReport
{
    /// <summary>The most findings listed per gate before the rest are counted.</summary>
    public const int MaxFindingsPerGate = 20;

    /// <summary>Writes the table and top findings of <paramref name="verdicts"/> to <paramref name="output"/>, styled by <paramref name="style"/>.</summary>
    public static void Write(IReadOnlyList<GateVerdict> verdicts, TextWriter output, ConsoleStyle style)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(style);
        var console = Create(output, style);
        if (verdicts.Count == 0)
        {
            console.WriteLine("No gates ran.");
            return;
        }

        console.Write(Table(verdicts, style));
        foreach (var verdict in verdicts.Where(v => v.Verdict != VerdictStatus.Pass && VerdictLists.Findings(v).Count > 0))
        {
            console.WriteLine();
            console.Write(new Text(verdict.Gate + ": top findings\n", style.Color ? new Style(decoration: Decoration.Bold) : Style.Plain));
            var findings = VerdictLists.Findings(verdict).OrderBy(f => VerdictText.Rank(f.Severity)).ToList();
            foreach (var finding in findings.Take(MaxFindingsPerGate))
            {
                console.Write(new Text(FindingLine(finding) + "\n", style.Color ? SeverityStyle(finding.Severity) : Style.Plain));
            }

            if (findings.Count > MaxFindingsPerGate)
            {
                console.WriteLine("  ... " + (findings.Count - MaxFindingsPerGate).ToString("N0", CultureInfo.InvariantCulture) + " more");
            }
        }
    }

    private static IAnsiConsole Create(TextWriter output, ConsoleStyle style)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,

            // Spectre adapts to CI environments it recognises; the output must depend on the style alone.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal),
        });
        console.Profile.Width = Math.Max(20, style.Width);
        return console;
    }

    private static Table Table(IReadOnlyList<GateVerdict> verdicts, ConsoleStyle style)
    {
        var table = new Table().Border(style.Color ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Gate").AddColumn("Verdict").AddColumn("Summary").AddColumn(new TableColumn("Findings (e/w)").RightAligned());
        foreach (var verdict in verdicts)
        {
            var word = VerdictText.Word(verdict.Verdict).ToUpperInvariant() + (verdict.Verdict == VerdictStatus.Error && verdict.FailOpen ? " (fail-open)" : string.Empty);
            var counts = string.Create(CultureInfo.InvariantCulture, $"{Count(verdict, Severity.Error)}/{Count(verdict, Severity.Warning)}");
            table.AddRow(
                new Text(OneLine(verdict.Gate)),
                new Text(word, style.Color ? VerdictStyle(verdict.Verdict) : Style.Plain),
                new Text(OneLine(verdict.Summary)),
                new Text(counts));
        }

        return table;
    }

    private static string FindingLine(Finding finding)
    {
        var where = finding.Location?.ToString();
        return $"  {(string.IsNullOrEmpty(where) ? "(no location)" : OneLine(where))}  {OneLine(VerdictText.Rule(finding))}  {OneLine(finding.Message)}";
    }

    private static int Count(GateVerdict verdict, Severity severity) => VerdictLists.Findings(verdict).Count(f => f.Severity == severity);

    private static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static Style VerdictStyle(VerdictStatus status) => status switch
    {
        VerdictStatus.Pass => new Style(Color.Green),
        VerdictStatus.Warn => new Style(Color.Yellow),
        _ => new Style(Color.Red, decoration: Decoration.Bold),
    };

    private static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Error => new Style(Color.Red),
        Severity.Warning => new Style(Color.Yellow),
        _ => Style.Plain,
    };
}
