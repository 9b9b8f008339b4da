using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary>Pull requests and their files, served from what the test seeded.</summary>
internal static partial class FakeRoutes
{
    private static void MapPulls(WebApplication app, FakeGitHubState state)
    {
        Route(app, "GET", "/repos/{owner}/{repo}/pulls/{number}", state, context =>
        {
            lock (state.Sync)
            {
                return state.PullRequests.TryGetValue((int)Id(context, "number"), out var pull)
                    ? Json(context, 200, pull.DeepClone())
                    : Error(context, 404, "Not Found");
            }
        });

        Route(app, "GET", "/repos/{owner}/{repo}/pulls/{number}/files", state, context =>
        {
            List<JsonNode> files;
            lock (state.Sync)
            {
                files = state.PullRequestFiles.TryGetValue((int)Id(context, "number"), out var f) ? [.. f] : [];
            }

            return Page(context, state, files);
        });
    }
}
