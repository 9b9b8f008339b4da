using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Decisions;

/// <summary>
/// Writes the go/no-go document in the release contract's shape (<c>decision.json</c>): <c>version</c>, <c>gates</c>,
/// <c>headroom</c>, <c>exceptions</c>, <c>risk_open</c> and <c>evidence_signed</c>, plus <c>decision</c>, <c>go</c>,
/// <c>blocking</c> and <c>problems</c>. <c>drill_recent</c> comes from the dr-freshness verdict and is left out without
/// one: a field the toolkit did not compute would be hand-written.
/// </summary>
public static class DecisionJson
{
    /// <summary>The file name of the document in the output directory.</summary>
    public const string FileName = "decision.json";

    /// <summary>The document as indented JSON with a trailing newline.</summary>
    public static string Serialize(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var gates = new JsonObject();
        foreach (var (key, verdict) in decision.Gates)
        {
            gates[key] = verdict;
        }

        var headroom = new JsonObject();
        foreach (var (service, value) in decision.Headroom)
        {
            headroom[service] = value;
        }

        var document = new JsonObject
        {
            ["version"] = decision.Version,
            ["decision"] = decision.Decided,
            ["go"] = decision.Go,
            ["gates"] = gates,
            ["headroom"] = headroom,
            ["exceptions"] = new JsonArray(decision.Exceptions.Select(e => (JsonNode)new JsonObject
            {
                ["gate"] = e.Gate,
                ["rule"] = e.Rule,
                ["path"] = e.Path,
                ["reason"] = e.Reason,
                ["owner"] = e.Owner,
                ["expires"] = e.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }).ToArray()),
            ["risk_open"] = new JsonArray(decision.RiskOpen.Select(l => (JsonNode)new JsonObject
            {
                ["gate"] = l.Gate,
                ["key"] = l.Key,
                ["verdict"] = l.Verdict,
                ["required"] = l.Required,
                ["summary"] = l.Summary,
            }).ToArray()),
            ["evidence_signed"] = decision.EvidenceSigned,
            ["blocking"] = new JsonArray(decision.Blocking.Select(l => (JsonNode)JsonValue.Create(l.Gate)!).ToArray()),
            ["problems"] = new JsonArray(decision.Problems.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray()),
        };
        if (decision.DrillRecent is { } drillRecent)
        {
            document.Insert(document.IndexOf("evidence_signed"), "drill_recent", drillRecent);
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
