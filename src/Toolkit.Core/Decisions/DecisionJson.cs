using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Decisions;

/// <summary>Writes the go/no-go document in the release contract's shape (<c>decision.json</c>).</summary>
public static class DecisionJson
{
    public const string FileName = "decision.json";

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
            ["blocking"] = new JsonArray(decision.Blocking.Select(l => (JsonNode)JsonValue.Create(l.Gate)!).ToArray()),
            ["problems"] = new JsonArray(decision.Problems.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray()),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
