using System.Text.Json;
using System.Text.Json.Nodes;

namespace Toolkit.Core.Promotion;

/// <summary>Writes the PROMOTE (<c>promote.json</c>) and ROLLBACK (<c>rollback.json</c>) documents.</summary>
public static class PromotionJson
{
    /// <summary>The plan's file name in the output directory.</summary>
    public const string PlanFileName = "promote.json";

    /// <summary>The rollback document's file name in the output directory.</summary>
    public const string RollbackFileName = "rollback.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The PROMOTE document as indented JSON with a trailing newline.</summary>
    public static string Serialize(PromotionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var abortOn = new JsonObject();
        foreach (var condition in plan.AbortOn)
        {
            abortOn[condition.Key] = condition.Condition;
        }

        var document = new JsonObject
        {
            ["kind"] = "PROMOTE",
            ["version"] = plan.Version,
            ["commit"] = plan.Commit,
            ["canary"] = new JsonObject { ["steps"] = new JsonArray([.. plan.Steps.Select(s => (JsonNode)s)]) },
            ["required_gates"] = new JsonArray([.. plan.RequiredGates.Select(g => (JsonNode)g!)]),
            ["abort_on"] = abortOn,
            ["ready"] = plan.Ready,
            ["blocking"] = new JsonArray([.. plan.Blocking.Select(b => (JsonNode)b!)]),
        };
        return document.ToJsonString(Indented) + "\n";
    }

    /// <summary>The ROLLBACK document of a check that must roll back.</summary>
    public static string Serialize(PromotionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var document = new JsonObject
        {
            ["kind"] = check.RollBack ? "ROLLBACK" : "PROMOTE_STEP",
            ["version"] = check.Version,
            ["step"] = check.Step,
            ["reason"] = check.Reason,
            ["breaches"] = new JsonArray([.. check.Breaches.Select(b => (JsonNode)new JsonObject
            {
                ["gate"] = b.Key,
                ["condition"] = b.Condition,
                ["reason"] = b.Reason,
                ["detail"] = b.Detail,
            })]),
        };
        return document.ToJsonString(Indented) + "\n";
    }
}
