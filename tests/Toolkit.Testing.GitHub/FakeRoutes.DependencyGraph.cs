using Microsoft.AspNetCore.Builder;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// <c>GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}</c>: the diff set for that <c>base...head</c>, else
/// the 404 GitHub gives when the dependency graph is off.
/// </summary>
internal static partial class FakeRoutes
{
    private static void MapDependencyGraph(WebApplication app, FakeGitHubState state) =>
        Route(app, "GET", "/repos/{owner}/{repo}/dependency-graph/compare/{basehead}", state, context =>
        {
            var basehead = Uri.UnescapeDataString(Value(context, "basehead"));
            lock (state.Sync)
            {
                return state.DependencyDiffs.TryGetValue(basehead, out var diff)
                    ? Json(context, 200, diff.DeepClone())
                    : Error(context, 404, $"Dependency review is not supported on this repository. Please ensure that Dependency graph is enabled along with GitHub Advanced Security on private repositories, see https://github.com/{Value(context, "owner")}/{Value(context, "repo")}/settings/security_analysis");
            }
        });
}
