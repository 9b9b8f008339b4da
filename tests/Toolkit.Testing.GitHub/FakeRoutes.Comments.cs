using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary>Issue comments, authored by the token's login.</summary>
internal static partial class FakeRoutes
{
    private static void MapComments(WebApplication app, FakeGitHubState state)
    {
        Route(app, "GET", "/repos/{owner}/{repo}/issues/{number}/comments", state, async context =>
        {
            await state.CommentListArrivedAsync().ConfigureAwait(false);
            var comments = state.CommentsOn((int)Id(context, "number")).OrderBy(c => (long)c["id"]!).Select(c => (JsonNode)c).ToList();
            await Page(context, state, comments).ConfigureAwait(false);
        });

        Route(app, "POST", "/repos/{owner}/{repo}/issues/{number}/comments", state, context =>
        {
            var body = (string?)BodyOf(context)["body"];
            if (body is null || body.Length > 65_536)
            {
                return Error(context, 422, "Validation Failed: body is missing or too long (maximum is 65536 characters).");
            }

            var id = state.AddComment((int)Id(context, "number"), state.Login, body);
            return Json(context, 201, Find(state, id));
        });

        Route(app, "GET", "/repos/{owner}/{repo}/issues/comments/{id}", state, context =>
            Find(state, Id(context, "id")) is { } comment ? Json(context, 200, comment) : Error(context, 404, "Not Found"));

        Route(app, "PATCH", "/repos/{owner}/{repo}/issues/comments/{id}", state, context =>
        {
            var body = (string?)BodyOf(context)["body"];
            if (body is null || body.Length > 65_536)
            {
                return Error(context, 422, "Validation Failed: body is missing or too long (maximum is 65536 characters).");
            }

            lock (state.Sync)
            {
                var comment = state.Comments.FirstOrDefault(c => (long)c["id"]! == Id(context, "id"));
                if (comment is null)
                {
                    return Error(context, 404, "Not Found");
                }

                comment["body"] = body;
                return Json(context, 200, comment.DeepClone());
            }
        });

        Route(app, "DELETE", "/repos/{owner}/{repo}/issues/comments/{id}", state, context =>
        {
            lock (state.Sync)
            {
                var removed = state.Comments.RemoveAll(c => (long)c["id"]! == Id(context, "id"));
                if (removed == 0)
                {
                    return Error(context, 404, "Not Found");
                }
            }

            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    private static JsonNode? Find(FakeGitHubState state, long id)
    {
        lock (state.Sync)
        {
            return state.Comments.FirstOrDefault(c => (long)c["id"]! == id)?.DeepClone();
        }
    }
}
