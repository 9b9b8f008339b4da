using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

internal static partial class WorkflowValidator
{
    /// <summary>Every <c>${{</c> closes with <c>}}</c> before the next one opens, and holds something.</summary>
    private static void CheckExpressions(YamlNode node, List<WorkflowProblem> problems)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Value is { } text:
                if (UnbalancedExpression(text) is { } problem)
                {
                    problems.Add(At(scalar, problem));
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                {
                    CheckExpressions(child, problems);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    CheckExpressions(key, problems);
                    CheckExpressions(value, problems);
                }

                break;
        }
    }

    internal static string? UnbalancedExpression(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("${{", at, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("}}", at + 3, StringComparison.Ordinal);
            var next = text.IndexOf("${{", at + 3, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return $"An expression opened at '{Excerpt(text, at)}' is not closed with }}}}.";
            }

            if (string.IsNullOrWhiteSpace(text[(at + 3)..close]))
            {
                return "An expression is empty.";
            }

            at = close + 2;
        }

        return null;
    }

    /// <summary>Every remote action or reusable workflow is pinned by a full commit SHA and says which release it is.</summary>
    private static void CheckPinning(YamlFile file, YamlMappingNode root, List<WorkflowProblem> problems)
    {
        foreach (var (_, job) in root.Get("jobs").Pairs())
        {
            var uses = job.Get("steps").Items().Select(s => s.Get("uses")).Prepend(job.Get("uses")).OfType<YamlScalarNode>();
            foreach (var reference in uses)
            {
                var text = reference.Value ?? string.Empty;
                if (text.StartsWith("./", StringComparison.Ordinal))
                {
                    continue;
                }

                var line = (int)reference.Start.Line;
                var pinned = text.StartsWith("docker://", StringComparison.Ordinal) ? DockerPinned().IsMatch(text) : ActionPinned().IsMatch(text);
                if (!pinned)
                {
                    problems.Add(new WorkflowProblem(line, $"'{text}' is not pinned by a full commit SHA (or image digest)."));
                }
                else if (!text.StartsWith("docker://", StringComparison.Ordinal) && !VersionComment().IsMatch(file.Lines[line - 1]))
                {
                    problems.Add(new WorkflowProblem(line, $"'{text}' has no '# vX' comment naming the release its SHA is."));
                }
            }
        }
    }

    private static string Excerpt(string text, int at) => text.Substring(at, Math.Min(20, text.Length - at));

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\s]+)?@[0-9a-f]{40}$")]
    private static partial Regex ActionPinned();

    [GeneratedRegex(@"^docker://[^@\s]+@sha256:[0-9a-f]{64}$")]
    private static partial Regex DockerPinned();

    [GeneratedRegex(@"@[0-9a-f]{40}\s+#\s*v\d")]
    private static partial Regex VersionComment();
}
