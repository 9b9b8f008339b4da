using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Rules;

/// <summary>Findings made from a rule, so id, title and help always come from <see cref="PerformanceRules"/>.</summary>
internal static class RuleFindings
{
    public static Finding Finding(this GateRule rule, Severity severity, string message, SourceLocation? location = null) =>
        new(rule.Id, severity, message, location, rule.HelpUri) { Title = rule.Title };
}
