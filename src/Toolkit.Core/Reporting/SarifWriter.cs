using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// Writes one SARIF log with <see cref="Utf8JsonWriter"/>: no reflection, so it trims, and the property order is fixed,
/// so the same verdict always gives the same bytes.
/// </summary>
internal static partial class SarifWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // SARIF is read by tools, not embedded in HTML: keep messages readable instead of \u003C-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(GateVerdict verdict, IReadOnlyList<SarifEntry> located, int keepResults, IReadOnlyList<SarifEntry> locationless, int keepNotes)
    {
        var results = located.Take(keepResults).ToList();
        var notes = locationless.Take(keepNotes).ToList();
        var rules = SarifRules.From(results);
        var droppedResults = located.Count - results.Count;
        var droppedNotes = locationless.Count - notes.Count;

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SarifVerdictReporter.SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, verdict.Gate, rules);
            WriteInvocation(json, verdict, notes, droppedResults, droppedNotes);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifVerdictReporter.SourceRoot);
            WriteMessage(json, "description", "The repository root.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var entry in results)
            {
                WriteResult(json, entry, rules);
            }

            json.WriteEndArray();
            WriteRunProperties(json, verdict, droppedResults + droppedNotes);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, string gate, SarifRules rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", Clean($"{ToolkitInfo.Name}-{gate}"));
        json.WriteString("version", ToolkitInfo.Version);
        json.WriteString("semanticVersion", ToolkitInfo.Version);
        json.WriteString("informationUri", ToolkitInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", Clean(rule.Id));
            WriteMessage(json, "shortDescription", rule.ShortDescription);
            if (!string.IsNullOrWhiteSpace(rule.FullDescription))
            {
                WriteMessage(json, "fullDescription", rule.FullDescription);
            }

            if (!string.IsNullOrWhiteSpace(rule.Help))
            {
                WriteMessage(json, "help", rule.Help);
            }

            if (rule.HelpUri is not null)
            {
                json.WriteString("helpUri", Clean(rule.HelpUri));
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", VerdictText.Level(rule.Level));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, GateVerdict verdict, List<SarifEntry> notes, int droppedResults, int droppedNotes)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", verdict.Verdict != VerdictStatus.Error);

        var execution = new List<(string Level, string Text)>();
        if (verdict.Verdict == VerdictStatus.Error)
        {
            execution.Add(("error", string.IsNullOrEmpty(verdict.Summary) ? "The gate could not evaluate." : verdict.Summary));
        }

        if (droppedResults + droppedNotes > 0)
        {
            execution.Add(("warning", DroppedNote(verdict.Gate, droppedResults + droppedNotes)));
        }

        if (execution.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var (level, text) in execution)
            {
                json.WriteStartObject();
                json.WriteString("level", level);
                WriteMessage(json, "message", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // GitHub rejects results without a location, so findings about the gate as a whole (a config problem, a missing
        // attestation) are reported here, where SARIF viewers still show them, instead of as results.
        if (notes.Count > 0)
        {
            json.WriteStartArray("toolConfigurationNotifications");
            foreach (var entry in notes)
            {
                json.WriteStartObject();
                json.WriteString("level", VerdictText.Level(entry.Finding.Severity));
                var text = MessageText(entry.Finding);
                WriteMessage(json, "message", entry.Waiver is null ? text : $"{text} (waived: {Justification(entry.Waiver)})");
                json.WriteStartObject("associatedRule");
                json.WriteString("id", Clean(VerdictText.Rule(entry.Finding)));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteRunProperties(Utf8JsonWriter json, GateVerdict verdict, int dropped)
    {
        json.WriteStartObject("properties");
        json.WriteString("toolkit/gate", Clean(verdict.Gate));
        json.WriteString("toolkit/verdict", VerdictText.Word(verdict.Verdict));
        json.WriteString("toolkit/environment", Clean(verdict.Environment));
        if (dropped > 0)
        {
            json.WriteNumber("toolkit/droppedResults", dropped);
            json.WriteString("toolkit/note", DroppedNote(verdict.Gate, dropped));
        }

        json.WriteEndObject();
    }

    private static string DroppedNote(string gate, int dropped) => string.Create(
        CultureInfo.InvariantCulture,
        $"{dropped:N0} findings were left out to stay within GitHub code scanning's upload limits (25,000 results per run, 10 MB compressed); the most severe were kept. See {gate}.verdict.json for all of them.");

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", Clean(text));
        json.WriteEndObject();
    }

    private static string Clean(string? text) => TextSanitizer.WellFormed(text);
}
