using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Toolkit.Testing.GitHub;

/// <summary>The fake's endpoints, one partial file per API area, plus shared helpers.</summary>
internal static partial class FakeRoutes
{
    public static void Map(WebApplication app, FakeGitHubState state)
    {
        MapUsers(app, state);
        MapChecks(app, state);
        MapStatuses(app, state);
        MapComments(app, state);
        MapPulls(app, state);
        MapProtection(app, state);
        MapRulesets(app, state);
        MapDependencyGraph(app, state);
    }

    private static void Route(WebApplication app, string method, string pattern, FakeGitHubState state, Func<HttpContext, Task> handler) =>
        app.MapMethods(pattern, [method], async context =>
        {
            if (method != "GET" && state.ReadOnlyToken)
            {
                await Error(context, 403, "Resource not accessible by integration").ConfigureAwait(false);
                return;
            }

            if (method == "GET")
            {
                await handler(context).ConfigureAwait(false);
                return;
            }

            using (await state.EnterMutationAsync().ConfigureAwait(false))
            {
                await handler(context).ConfigureAwait(false);
            }
        });

    private static string Value(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;

    private static long Id(HttpContext context, string name) => long.Parse(Value(context, name), CultureInfo.InvariantCulture);

    private static JsonObject BodyOf(HttpContext context) =>
        JsonNode.Parse((string?)context.Items["body"] ?? "{}")!.AsObject();

    private static Task Json(HttpContext context, int status, JsonNode? node)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(node?.ToJsonString() ?? "null");
    }

    private static Task Error(HttpContext context, int status, string message) =>
        Json(context, status, new JsonObject
        {
            ["message"] = message,
            ["documentation_url"] = "https://docs.github.com/rest",
        });

    /// <summary>Serves one page of <paramref name="items"/> with GitHub's <c>Link</c> header.</summary>
    private static Task Page(HttpContext context, FakeGitHubState state, IReadOnlyList<JsonNode> items, Func<IReadOnlyList<JsonNode>, JsonNode>? wrap = null)
    {
        var query = context.Request.Query;
        var perPage = Math.Min(int.TryParse(query["per_page"], out var p) ? p : 30, state.MaxPerPage);
        var page = int.TryParse(query["page"], out var n) ? n : 1;
        var slice = items.Skip((page - 1) * perPage).Take(perPage).Select(i => i.DeepClone()).ToList();
        var last = Math.Max(1, (items.Count + perPage - 1) / perPage);
        if (page < last)
        {
            var request = context.Request;
            var others = string.Join("&", query.Where(q => q.Key is not ("page" or "per_page")).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
            string Url(int target) => $"{request.Scheme}://{request.Host}{request.Path}?{(others.Length > 0 ? others + "&" : string.Empty)}per_page={perPage}&page={target}";
            context.Response.Headers["Link"] = $"<{Url(page + 1)}>; rel=\"next\", <{Url(last)}>; rel=\"last\"";
        }

        return Json(context, 200, wrap is null ? new JsonArray([.. slice]) : wrap(slice));
    }
}
