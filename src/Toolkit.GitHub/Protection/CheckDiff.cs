using Toolkit.Core.Gates;

namespace Toolkit.GitHub.Protection;

/// <summary>The difference between the required checks that exist and the ones wanted; existing order is kept.</summary>
internal sealed record CheckDiff(IReadOnlyList<string> Desired, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public static CheckDiff Compute(IReadOnlyList<string> existing, IReadOnlyList<string> wanted, bool removeUnlisted)
    {
        var want = new HashSet<string>(wanted, StringComparer.Ordinal);
        var removed = existing.Where(c => !want.Contains(c) && (removeUnlisted || GateIds.IsKnown(c))).Distinct(StringComparer.Ordinal).ToList();
        var kept = existing.Where(c => !removed.Contains(c, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var added = wanted.Where(c => !kept.Contains(c, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        return new CheckDiff([.. kept, .. added], added, removed);
    }

    public string Describe() =>
        string.Join("; ", new[]
        {
            Added.Count > 0 ? "add " + string.Join(", ", Added) : null,
            Removed.Count > 0 ? "remove " + string.Join(", ", Removed) : null,
        }.Where(s => s is not null));
}
