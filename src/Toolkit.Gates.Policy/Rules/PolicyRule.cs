namespace Toolkit.Gates.Policy.Rules;

/// <summary>One policy rule: what it checks, how bad it is, how to fix it and where it is explained.</summary>
/// <param name="Id">Stable id, <c>policy/pack/name</c> (e.g. <c>policy/k8s/run-as-non-root</c>).</param>
/// <param name="Pack">The rule pack it belongs to (<see cref="PolicyPacks"/>).</param>
/// <param name="Severity">Default severity of its findings.</param>
/// <param name="Title">Short title for tables and annotations.</param>
/// <param name="Description">What the rule checks and why it matters.</param>
/// <param name="Fix">What to change so the rule is satisfied.</param>
/// <param name="HelpUri">Where the rule is explained (the upstream linter's page when the meaning is the same).</param>
/// <param name="Upstream">The same check's name in kube-linter, hadolint or zizmor, when there is one.</param>
internal sealed record PolicyRule(
    string Id,
    string Pack,
    Severity Severity,
    string Title,
    string Description,
    string Fix,
    string HelpUri,
    string? Upstream = null)
{
    /// <summary>
    /// The id before every id took the gate's <c>policy/</c> prefix (<c>k8s/run-as-non-root</c>), or null when the id
    /// did not change. Users still type it in inline ignores, <c>disabled_rules</c> and waivers, so it keeps working.
    /// </summary>
    public string? FormerId { get; init; }
}
