using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Toolkit.Testing.GitHub;

/// <summary>Check runs: annotations accumulate across updates, at most 50 per request, as on GitHub.</summary>
internal static partial class FakeRoutes
{
    private static void MapChecks(WebApplication app, FakeGitHubState state)
    {
        Route(app, "POST", "/repos/{owner}/{repo}/check-runs", state, context =>
        {
            var body = BodyOf(context);
            if (body["name"] is null || body["head_sha"] is null)
            {
                return Error(context, 422, "Invalid request: name and head_sha are required.");
            }

            var id = state.NextId();
            var run = new JsonObject
            {
                ["id"] = id,
                ["name"] = body["name"]!.DeepClone(),
                ["head_sha"] = body["head_sha"]!.DeepClone(),
                ["status"] = "queued",
                ["conclusion"] = null,
                ["annotations"] = new JsonArray(),
                ["output"] = new JsonObject { ["annotations_count"] = 0 },
            };
            return Apply(context, state, run, body, created: true);
        });

        Route(app, "PATCH", "/repos/{owner}/{repo}/check-runs/{id}", state, context =>
        {
            JsonObject? run;
            lock (state.Sync)
            {
                run = state.CheckRuns.FirstOrDefault(r => (long)r["id"]! == Id(context, "id"));
            }

            return run is null ? Error(context, 404, "Not Found") : Apply(context, state, run, BodyOf(context), created: false);
        });

        Route(app, "GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", state, context =>
        {
            var name = context.Request.Query["check_name"].ToString();
            List<JsonNode> runs;
            lock (state.Sync)
            {
                runs = [.. state.CheckRuns
                    .Where(r => (string?)r["head_sha"] == Value(context, "ref") && (name.Length == 0 || (string?)r["name"] == name))
                    .OrderByDescending(r => (long)r["id"]!)
                    .Select(Public)];
            }

            return Page(context, state, runs, page => new JsonObject { ["total_count"] = runs.Count, ["check_runs"] = new JsonArray([.. page]) });
        });
    }

    private static Task Apply(HttpContext context, FakeGitHubState state, JsonObject run, JsonObject body, bool created)
    {
        var annotations = body["output"]?["annotations"]?.AsArray() ?? [];
        if (annotations.Count > 50)
        {
            return Error(context, 422, "Only 50 annotations are allowed per request.");
        }

        if (body["output"] is JsonObject output && output["summary"] is null)
        {
            return Error(context, 422, "Invalid request: output.summary is required.");
        }

        lock (state.Sync)
        {
            foreach (var key in new[] { "name", "details_url", "external_id", "status", "conclusion", "started_at", "completed_at" })
            {
                if (body[key] is { } value)
                {
                    run[key] = value.DeepClone();
                }
            }

            if (body["conclusion"] is not null)
            {
                run["status"] = "completed";
            }

            if (body["output"] is JsonObject o)
            {
                var stored = run["output"]!.AsObject();
                stored["title"] = o["title"]?.DeepClone();
                stored["summary"] = o["summary"]?.DeepClone();
                foreach (var annotation in annotations)
                {
                    run["annotations"]!.AsArray().Add(annotation!.DeepClone());
                }

                stored["annotations_count"] = run["annotations"]!.AsArray().Count;
            }

            if (created)
            {
                state.CheckRuns.Add(run);
            }
        }

        return Json(context, created ? 201 : 200, Public(run));
    }

    /// <summary>The check run as the API shows it: annotations are only counted.</summary>
    private static JsonObject Public(JsonObject run)
    {
        var copy = run.DeepClone().AsObject();
        copy.Remove("annotations");
        return copy;
    }
}
