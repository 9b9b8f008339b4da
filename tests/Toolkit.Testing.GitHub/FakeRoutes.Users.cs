using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary><c>GET /user</c>; installation tokens get 403 as on GitHub.</summary>
internal static partial class FakeRoutes
{
    private static void MapUsers(WebApplication app, FakeGitHubState state) =>
        Route(app, "GET", "/user", state, context => state.UserEndpointForbidden
            ? Error(context, 403, "Resource not accessible by integration")
            : Json(context, 200, new JsonObject { ["login"] = state.Login, ["id"] = 42, ["type"] = "User" }));
}
