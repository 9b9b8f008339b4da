using System.Globalization;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Actions;

/// <summary>
/// Turns findings into annotations: identical findings once, at most <see cref="AnnotationOptions.MaxPerLevel"/> per
/// severity level, then one notice that says where the rest are.
/// </summary>
public sealed class AnnotationWriter
{
    private readonly WorkflowCommands commands;
    private readonly AnnotationOptions options;

    /// <param name="commands">Where the annotation and notice commands go.</param>
    /// <param name="options">The per-level cap; null for the defaults.</param>
    public AnnotationWriter(WorkflowCommands commands, AnnotationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(commands);
        options ??= new AnnotationOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxPerLevel, nameof(options));
        this.commands = commands;
        this.options = options;
    }

    /// <summary>Writes annotations for <paramref name="findings"/> in order.</summary>
    /// <param name="findings">The findings, most important first.</param>
    /// <param name="reportPath">Where every finding is (the SARIF or verdict file), named in the overflow notice.</param>
    public AnnotationSummary Write(IEnumerable<Finding> findings, string reportPath)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(reportPath);
        var seen = new HashSet<(string?, int, string, string)>();
        var perLevel = new Dictionary<Severity, int>();
        int written = 0, duplicates = 0, overflow = 0;
        foreach (var finding in findings)
        {
            if (!seen.Add((finding.Location?.Path, finding.Location?.Line ?? 0, finding.RuleId, finding.Message)))
            {
                duplicates++;
                continue;
            }

            var level = finding.Severity;
            var count = perLevel.GetValueOrDefault(level);
            if (count >= options.MaxPerLevel)
            {
                overflow++;
                continue;
            }

            perLevel[level] = count + 1;
            commands.Annotation(level, finding.Message, finding.Location, finding.Title ?? finding.RuleId);
            written++;
        }

        if (overflow > 0)
        {
            var noun = overflow == 1 ? "finding is" : "findings are";
            commands.Notice(string.Create(CultureInfo.InvariantCulture, $"{overflow} more {noun} in {reportPath}"));
        }

        return new AnnotationSummary(written, duplicates, overflow);
    }
}
