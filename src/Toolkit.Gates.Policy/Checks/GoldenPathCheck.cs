using Toolkit.Core.IO;
using Toolkit.Gates.Policy.Alerts.Coverage;
using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Each golden path of slo-gates needs a multi-window burn-rate alert among the checked rule files.</summary>
internal static class GoldenPathCheck
{
    public static CheckResult Run(string root, PolicyOptions options, RuleSet rules, IReadOnlySet<string> disabled)
    {
        var rule = PolicyRules.AlertGoldenPathUncovered;
        if (options.GoldenPaths is not { } goldenPaths || disabled.Contains(rule.Id))
        {
            return CheckResult.Empty;
        }

        var display = goldenPaths.Replace('\\', '/');
        var (text, unreadable) = UserFiles.ReadLooseText(Path.GetFullPath(goldenPaths, root), display);
        if (unreadable is not null)
        {
            // slo-gates is configured with this file: coverage that cannot be checked must not pass.
            return new CheckResult([], [$"{rule.Id} could not be checked: {unreadable}. Fix the golden paths file slo-gates names, or disable the rule."]);
        }

        var (paths, error) = GoldenPathNames.Read(display, text!);
        string[] problems = error is null ? [] : [$"The golden paths file could not be read for {rule.Id}: {error}. Fix the file (gate slo checks it too)."];
        return new CheckResult(GoldenPathCoverage.Check(paths, rules), problems);
    }
}
