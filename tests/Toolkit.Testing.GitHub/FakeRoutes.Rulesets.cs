using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary>Repository rulesets; the list leaves rules out, as GitHub does.</summary>
internal static partial class FakeRoutes
{
    private static void MapRulesets(WebApplication app, FakeGitHubState state)
    {
        Route(app, "GET", "/repos/{owner}/{repo}/rulesets", state, context =>
        {
            if (state.AdminDenied)
            {
                return Error(context, 404, "Not Found");
            }

            List<JsonNode> list;
            lock (state.Sync)
            {
                list = [.. state.Rulesets.Select(r =>
                {
                    var summary = r.DeepClone().AsObject();
                    summary.Remove("rules");
                    summary.Remove("conditions");
                    return (JsonNode)summary;
                })];
            }

            return Page(context, state, list);
        });

        Route(app, "POST", "/repos/{owner}/{repo}/rulesets", state, context =>
        {
            if (state.AdminDenied)
            {
                return Error(context, 403, "Must have admin rights to Repository.");
            }

            var ruleset = BodyOf(context);
            ruleset["id"] = state.NextId();
            ruleset["source_type"] = "Repository";
            ruleset["source"] = $"{Value(context, "owner")}/{Value(context, "repo")}";
            lock (state.Sync)
            {
                state.Rulesets.Add(ruleset);
            }

            return Json(context, 201, ruleset.DeepClone());
        });

        Route(app, "GET", "/repos/{owner}/{repo}/rulesets/{id}", state, context =>
        {
            lock (state.Sync)
            {
                var ruleset = state.Rulesets.FirstOrDefault(r => (long)r["id"]! == Id(context, "id"));
                return ruleset is null ? Error(context, 404, "Not Found") : Json(context, 200, ruleset.DeepClone());
            }
        });

        Route(app, "PUT", "/repos/{owner}/{repo}/rulesets/{id}", state, context =>
        {
            var body = BodyOf(context);
            lock (state.Sync)
            {
                var ruleset = state.Rulesets.FirstOrDefault(r => (long)r["id"]! == Id(context, "id"));
                if (ruleset is null)
                {
                    return Error(context, 404, "Not Found");
                }

                foreach (var (key, value) in body)
                {
                    ruleset[key] = value?.DeepClone();
                }

                return Json(context, 200, ruleset.DeepClone());
            }
        });
    }
}
