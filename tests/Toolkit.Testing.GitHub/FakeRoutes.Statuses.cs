using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary>Commit statuses, with GitHub's validation of state and description length.</summary>
internal static partial class FakeRoutes
{
    private static void MapStatuses(WebApplication app, FakeGitHubState state)
    {
        Route(app, "POST", "/repos/{owner}/{repo}/statuses/{sha}", state, context =>
        {
            var body = BodyOf(context);
            if ((string?)body["state"] is not ("error" or "failure" or "pending" or "success"))
            {
                return Error(context, 422, "Validation Failed: state is not included in the list.");
            }

            if (((string?)body["description"])?.Length > 140)
            {
                return Error(context, 422, "Validation Failed: description is too long (maximum is 140 characters).");
            }

            var status = body.DeepClone().AsObject();
            status["id"] = state.NextId();
            status["sha"] = Value(context, "sha");
            lock (state.Sync)
            {
                state.Statuses.Add(status);
            }

            return Json(context, 201, status.DeepClone());
        });
    }
}
