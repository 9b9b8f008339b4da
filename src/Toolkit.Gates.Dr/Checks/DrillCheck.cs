using Toolkit.Gates.Dr.Drills;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>Matches drill records to systems. Drills completed after the evaluation time are ignored, so <c>--at</c> replays the past.</summary>
internal static class DrillCheck
{
    public static IReadOnlyList<DrillStatus> Run(IReadOnlyList<DrSystem> systems, IReadOnlyList<DrillRecord> records, DateTimeOffset at)
    {
        var known = records.Where(r => r.Completed <= at).ToList();
        return [.. systems.Select(system =>
        {
            var own = known.Where(r => string.Equals(r.System, system.Name, StringComparison.Ordinal)).OrderBy(r => r.Completed).ToList();
            return new DrillStatus(system, own.LastOrDefault(), own.LastOrDefault(r => r.Passed));
        })];
    }
}
