namespace Toolkit.Gates.Slo.RuleFiles;

/// <summary>A Prometheus rule file for the loaded SLOs, and each SLO left out with the reason.</summary>
/// <param name="Yaml">The rule file (recording and alerting rule groups).</param>
/// <param name="Slos">How many SLOs have rules in it.</param>
/// <param name="Skipped">One line per SLO without rules: <c>service/slo: reason</c>.</param>
internal sealed record GeneratedRules(string Yaml, int Slos, IReadOnlyList<string> Skipped);
