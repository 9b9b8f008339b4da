using Toolkit.Gates.Policy.Custom;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>The custom rules of a run, or why they could not be loaded (then nothing is checked).</summary>
/// <param name="Evaluator">The rules, ready to apply (empty when a file failed).</param>
/// <param name="Problem">What is wrong with a rules file, with the fix; null when all loaded.</param>
/// <param name="At">Where the first problem is, when it is inside a rules file.</param>
internal sealed record LoadedCustomRules(CustomRuleEvaluator Evaluator, string? Problem, SourceLocation? At);
