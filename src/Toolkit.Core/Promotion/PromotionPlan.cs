namespace Toolkit.Core.Promotion;

/// <summary>
/// The PROMOTE document: what a progressive rollout of <see cref="Version"/> goes through (canary traffic steps),
/// which gates must pass before it starts, and what aborts it at any step.
/// </summary>
/// <param name="Version">The release version, or null when not given.</param>
/// <param name="Commit">The commit the verdicts were made for, or null when they do not say.</param>
/// <param name="Steps">Canary traffic percentages, ascending, ending at 100 (the contract: 10, 50, 100).</param>
/// <param name="RequiredGates">The gate keys that must pass (from gates.yml's required gates).</param>
/// <param name="AbortOn">The conditions that roll a step back.</param>
/// <param name="Ready">Whether the verdicts at plan time already allow the first step.</param>
/// <param name="Blocking">Why the first step may not start, one line each; empty when <paramref name="Ready"/>.</param>
public sealed record PromotionPlan(
    string? Version,
    string? Commit,
    IReadOnlyList<int> Steps,
    IReadOnlyList<string> RequiredGates,
    IReadOnlyList<AbortCondition> AbortOn,
    bool Ready,
    IReadOnlyList<string> Blocking);
