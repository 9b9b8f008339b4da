using Toolkit.Core.IO;
using Toolkit.Gates.Policy.Custom;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Loads the custom rules files a run names (<c>custom_rules</c>, <c>--custom-rules</c>); any problem stops the run.</summary>
internal static class CustomRuleFiles
{
    public static LoadedCustomRules Load(string root, IReadOnlyList<string> paths)
    {
        var rules = new List<CustomRule>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return Failed($"The custom rules file '{path}' does not exist. Fix: correct 'custom_rules' in gates.yml or --custom-rules.", null);
            }

            var (text, unreadable) = UserFiles.ReadLooseText(full, path);
            if (text is null)
            {
                return Failed($"The custom rules file {unreadable} Fix: correct 'custom_rules' in gates.yml or --custom-rules.", null);
            }

            var (loaded, problems) = CustomRuleLoader.Load(path, text);
            if (problems.Count > 0)
            {
                var first = problems[0];
                return Failed(
                    $"The custom rules file is invalid: {string.Join(" ", problems.Select(p => p.ToString()))} Fix the rule definition.",
                    new SourceLocation(first.File, first.Line, first.Column));
            }

            rules.AddRange(loaded);
        }

        return new LoadedCustomRules(new CustomRuleEvaluator(rules), null, null);
    }

    private static LoadedCustomRules Failed(string problem, SourceLocation? at) => new(new CustomRuleEvaluator([]), problem, at);
}
