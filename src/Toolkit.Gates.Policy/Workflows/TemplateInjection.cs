namespace Toolkit.Gates.Policy.Workflows;

/// <summary>zizmor's template-injection audit: attacker-controlled <c>${{ }}</c> text pasted into a <c>run:</c> script.</summary>
internal static partial class TemplateInjection
{
    /// <summary>
    /// Reports each attacker-controlled expression in a <c>run:</c> script at its own line and column, found in the
    /// source lines the scalar spans (YamlDotNet's value has no per-line marks inside block scalars).
    /// </summary>
    public static void CheckRun(YamlFile file, YamlScalarNode script, FindingSink sink)
    {
        var value = script.Value ?? string.Empty;
        if (!value.Contains("${{", StringComparison.Ordinal))
        {
            return;
        }

        var first = (int)script.Start.Line;
        // A block scalar ends at the start of the next line; that line belongs to the next key.
        var end = script.End.Column <= 1 ? (int)script.End.Line - 1 : (int)script.End.Line;
        var last = Math.Min(Math.Max(end, first), file.Lines.Length);
        var reported = false;
        for (var line = first; line <= last; line++)
        {
            foreach (Match match in Expression().Matches(file.Lines[line - 1]))
            {
                if (AttackerControlled().Match(match.Groups["body"].Value) is { Success: true } context)
                {
                    sink.Add(PolicyRules.TemplateInjection, line, match.Index + 1, $"run: expands {context.Value} into the script.");
                    reported = true;
                }
            }
        }

        if (!reported)
        {
            // Folded or quoted scalars may not map line for line; fall back to the scalar's start.
            foreach (Match match in Expression().Matches(value))
            {
                if (AttackerControlled().Match(match.Groups["body"].Value) is { Success: true } context)
                {
                    sink.Add(PolicyRules.TemplateInjection, script.Start, $"run: expands {context.Value} into the script.");
                }
            }
        }
    }

    [GeneratedRegex(@"\$\{\{(?<body>.*?)\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"github\.event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|pages\[[^\]]*\]\.page_name|pages\.\*\.page_name|commits\[[^\]]*\]\.(?:message|author\.(?:email|name))|commits\.\*\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title))|github\.head_ref")]
    private static partial Regex AttackerControlled();
}
