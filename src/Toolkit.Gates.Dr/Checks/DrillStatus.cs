using Toolkit.Gates.Dr.Drills;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>One system's drills: the latest drill of any result and the latest that passed.</summary>
internal sealed record DrillStatus(DrSystem System, DrillRecord? Latest, DrillRecord? LastPass)
{
    /// <summary>A passing drill no older than <paramref name="maxAge"/> at <paramref name="at"/>.</summary>
    public bool IsRecent(DateTimeOffset at, TimeSpan maxAge) => LastPass is { } pass && at - pass.Completed <= maxAge;
}
