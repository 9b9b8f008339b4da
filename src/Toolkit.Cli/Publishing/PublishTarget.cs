using System.Text.RegularExpressions;
using Toolkit.Core.Processes;

namespace Toolkit.Cli.Publishing;

/// <summary>
/// Checks where <c>gate publish</c> would post before any request: owner and name as GitHub allows them, a positive
/// pull request number, and a head that is a full commit sha (or, for <c>--sha</c>, a ref that resolves in the
/// current repository), so <c>--sha '../../x?y'</c> can never steer a request to another API path.
/// </summary>
internal static partial class PublishTarget
{
    public static (PublishContext? Context, string? Problem) Check(PublishContext context, bool explicitSha)
    {
        if (!Name().IsMatch(context.Owner) || !Name().IsMatch(context.Repo) || context.Repo is "." or "..")
        {
            return (null, $"'{context.Owner}/{context.Repo}' is not a GitHub repository name (owner/name: letters, digits, '-', '_' and '.').");
        }

        if (context.PullNumber is <= 0)
        {
            return (null, $"--pr must be a pull request number (1 or more), not {context.PullNumber}.");
        }

        if (Sha().IsMatch(context.HeadSha))
        {
            return (context with { HeadSha = context.HeadSha.ToLowerInvariant() }, null);
        }

        var source = explicitSha ? "--sha" : PublishContext.FileName;
        if (!explicitSha)
        {
            return (null, $"{source}: head_sha '{context.HeadSha}' is not a full commit sha (40 hex digits).");
        }

        var resolved = Git.ResolveCommit(Directory.GetCurrentDirectory(), context.HeadSha);
        return resolved.Sha is { } sha
            ? (context with { HeadSha = sha }, null)
            : (null, $"--sha '{context.HeadSha}' is neither a full commit sha (40 hex digits) nor a ref that resolves here: {resolved.Problem}");
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex Name();

    [GeneratedRegex("^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$")]
    private static partial Regex Sha();
}
