namespace Toolkit.Gates.Performance.Headroom;

/// <summary>The capacity found in a stepped run and the headroom it leaves above the expected peak.</summary>
/// <param name="Capacity">The highest load (in the rule's unit) met before the first level that broke the SLO; 0 when none met it.</param>
/// <param name="Headroom"><c>1 - expected_peak / capacity</c>; null when no level met the SLO.</param>
/// <param name="Saturated">False when every level met the SLO: the capacity is then only a lower bound.</param>
internal sealed record HeadroomResult(HeadroomRule Rule, double Capacity, double? Headroom, bool Saturated, IReadOnlyList<LevelOutcome> Levels)
{
    public bool Passed => Headroom is { } h && h >= Rule.Target;
}
