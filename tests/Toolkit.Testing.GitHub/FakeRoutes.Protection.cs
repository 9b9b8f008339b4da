using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Toolkit.Testing.GitHub;

/// <summary>Branch protection: stored in the PUT's request shape, served in GitHub's response shape.</summary>
internal static partial class FakeRoutes
{
    private static readonly string[] Toggles =
    [
        "required_linear_history", "allow_force_pushes", "allow_deletions", "block_creations",
        "required_conversation_resolution", "lock_branch", "allow_fork_syncing",
    ];

    private static void MapProtection(WebApplication app, FakeGitHubState state)
    {
        Route(app, "GET", "/repos/{owner}/{repo}/branches/{branch}/protection", state, context =>
            WithProtection(context, state, p => Json(context, 200, Render(p))));

        Route(app, "GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", state, context =>
            WithProtection(context, state, p => p["required_status_checks"] is JsonObject
                ? Json(context, 200, Render(p)["required_status_checks"]!.DeepClone())
                : Error(context, 404, "Required status checks not enabled")));

        Route(app, "PUT", "/repos/{owner}/{repo}/branches/{branch}/protection", state, context =>
        {
            if (state.AdminDenied)
            {
                return Error(context, 403, "Must have admin rights to Repository.");
            }

            var body = BodyOf(context);
            var missing = new[] { "required_status_checks", "enforce_admins", "required_pull_request_reviews", "restrictions" }
                .Where(k => !body.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                return Error(context, 422, "Invalid request: missing " + string.Join(", ", missing));
            }

            lock (state.Sync)
            {
                state.Protection[Value(context, "branch")] = body;
            }

            return Json(context, 200, Render(body));
        });
    }

    private static Task WithProtection(HttpContext context, FakeGitHubState state, Func<JsonObject, Task> found)
    {
        if (state.AdminDenied)
        {
            return Error(context, 403, "Must have admin rights to Repository.");
        }

        JsonObject? protection;
        lock (state.Sync)
        {
            protection = state.Protection.GetValueOrDefault(Value(context, "branch"))?.DeepClone().AsObject();
        }

        return protection is null ? Error(context, 404, "Branch not protected") : found(protection);
    }

    /// <summary>Request shape (logins, slugs, booleans) to response shape (objects, <c>{enabled}</c>).</summary>
    private static JsonObject Render(JsonObject put)
    {
        var result = new JsonObject { ["url"] = "https://api.github.com/repos/o/r/branches/main/protection" };
        if (put["required_status_checks"] is JsonObject checks)
        {
            var contexts = checks["contexts"]?.AsArray().Select(c => (string)c!).ToList() ?? [];
            var pinned = checks["checks"]?.AsArray().ToDictionary(c => (string)c!["context"]!, c => c!["app_id"]?.DeepClone()) ?? [];
            var names = pinned.Count > 0 ? [.. pinned.Keys] : contexts;
            result["required_status_checks"] = new JsonObject
            {
                ["strict"] = checks["strict"]?.DeepClone(),
                ["contexts"] = new JsonArray([.. names.Select(n => (JsonNode)n)]),
                ["checks"] = new JsonArray([.. names.Select(n => (JsonNode)new JsonObject { ["context"] = n, ["app_id"] = pinned.GetValueOrDefault(n)?.DeepClone() })]),
            };
        }

        result["enforce_admins"] = new JsonObject { ["enabled"] = (bool?)put["enforce_admins"] ?? false };
        if (put["required_pull_request_reviews"] is JsonObject reviews)
        {
            var rendered = reviews.DeepClone().AsObject();
            foreach (var key in new[] { "dismissal_restrictions", "bypass_pull_request_allowances" })
            {
                if (reviews[key] is JsonObject actors)
                {
                    rendered[key] = Actors(actors);
                }
            }

            result["required_pull_request_reviews"] = rendered;
        }

        if (put["restrictions"] is JsonObject restrictions)
        {
            result["restrictions"] = Actors(restrictions);
        }

        foreach (var toggle in Toggles)
        {
            result[toggle] = new JsonObject { ["enabled"] = (bool?)put[toggle] ?? false };
        }

        result["required_signatures"] = new JsonObject { ["enabled"] = false };
        return result;
    }

    private static JsonObject Actors(JsonObject names) => new()
    {
        ["users"] = new JsonArray([.. Names(names, "users").Select(n => (JsonNode)new JsonObject { ["login"] = n, ["id"] = 1, ["type"] = "User" })]),
        ["teams"] = new JsonArray([.. Names(names, "teams").Select(n => (JsonNode)new JsonObject { ["slug"] = n, ["name"] = n.ToUpperInvariant() })]),
        ["apps"] = new JsonArray([.. Names(names, "apps").Select(n => (JsonNode)new JsonObject { ["slug"] = n, ["id"] = 7 })]),
    };

    private static IEnumerable<string> Names(JsonObject names, string key) =>
        names[key]?.AsArray().Select(n => (string)n!) ?? [];
}
