using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Reporting;

/// <summary>The <c>results[]</c> part of the SARIF log.</summary>
internal static partial class SarifWriter
{
    private static void WriteResult(Utf8JsonWriter json, SarifEntry entry, SarifRules rules)
    {
        var finding = entry.Finding;
        var rule = VerdictText.Rule(finding);
        json.WriteStartObject();
        json.WriteString("ruleId", Clean(rule));
        json.WriteNumber("ruleIndex", rules.IndexOf(rule));
        json.WriteString("level", VerdictText.Level(finding.Severity));
        WriteMessage(json, "message", MessageText(finding));
        WriteLocations(json, finding.Location!);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifVerdictReporter.FingerprintKey, Clean(finding.Fingerprint));
        json.WriteEndObject();
        if (entry.Waiver is { } waiver)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", Clean(Justification(waiver)));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Properties is { Count: > 0 } properties)
        {
            json.WriteStartObject("properties");
            foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(Clean(key), Clean(value));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(Clean(location.Path)));
        json.WriteString("uriBaseId", SarifVerdictReporter.SourceRoot);
        json.WriteEndObject();
        if (location.Line > 0)
        {
            // SARIF requires end >= start; a gate's inconsistent end is left out rather than rejected by the upload.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                json.WriteNumber("startColumn", location.Column);
            }

            var endLine = location.EndLine >= location.Line ? location.EndLine : 0;
            if (endLine > 0)
            {
                json.WriteNumber("endLine", endLine);
            }

            var sameLine = endLine == 0 || endLine == location.Line;
            if (location.EndColumn > 0 && (!sameLine || location.EndColumn >= location.Column))
            {
                json.WriteNumber("endColumn", location.EndColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A repository-relative URI: forward slashes, no leading <c>./</c> or <c>/</c>, each segment escaped.</summary>
    internal static string RelativeUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        normalized = normalized.TrimStart('/');
        return string.Join('/', normalized.Split('/').Select(Uri.EscapeDataString));
    }

    private static string MessageText(Finding finding) =>
        string.IsNullOrWhiteSpace(finding.Message) ? VerdictText.Rule(finding) : finding.Message;

    private static string Justification(Waiver waiver) =>
        $"{waiver.Reason} ({waiver.Owner}, expires {VerdictText.Date(waiver.Expires)})";
}
