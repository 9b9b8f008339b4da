using Toolkit.Core.Processes;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>The alerting rules of the head's rule files as they are at the pull request's base (read with <c>git show</c>).</summary>
internal static class BaseRuleFiles
{
    /// <summary>The rules at <paramref name="baseRef"/>; a file new in the pull request has none.</summary>
    public static async Task<(RuleSet Rules, string? Error)> ReadAsync(string root, string baseRef, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var resolved = Git.ResolveCommit(root, baseRef);
        if (resolved.Sha is not { } sha)
        {
            return (RuleSet.Empty, $"base '{baseRef}': {resolved.Problem}");
        }

        var rules = RuleSet.Empty;
        foreach (var path in paths)
        {
            var shown = await Git.RunAsync(root, ["show", $"{sha}:./{path}"], cancellationToken).ConfigureAwait(false);
            if (shown.ExitCode != 0)
            {
                continue; // the file is new in the pull request
            }

            if (YamlFile.Parse(path, shown.Output, out _) is { } yaml)
            {
                foreach (var document in yaml.Documents.Where(d => AlertPolicy.IsRuleFile(d.RootNode)))
                {
                    rules = rules.Add(AlertRuleReader.Read(path, document.RootNode));
                }
            }
        }

        return (rules, null);
    }
}
