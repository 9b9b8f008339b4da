using NuGet.Versioning;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// Decides whether a version is affected, following the OSV schema's evaluation exactly: a version listed in
/// <c>versions[]</c> is affected; for each SEMVER/ECOSYSTEM range the events are sorted by version (<c>introduced: "0"</c>
/// first) and walked: <c>introduced</c> at or below the version turns it on, <c>fixed</c> at or below it and
/// <c>last_affected</c> strictly below it turn it off; when the range has <c>limit</c> events the version must also be
/// below one of them (<c>"*"</c> is no limit). GIT ranges need commits and are not evaluated.
/// </summary>
internal static class OsvRangeEvaluator
{
    /// <summary>Whether <paramref name="version"/> is affected, and the lowest fixed version above it when one exists.</summary>
    public static (bool Affected, string? FixedIn) Evaluate(OsvAffected affected, Ecosystem ecosystem, string version)
    {
        ArgumentNullException.ThrowIfNull(affected);
        ArgumentNullException.ThrowIfNull(version);
        var comparer = VersionComparers.For(ecosystem);
        var listed = affected.Versions.Any(v => SameVersion(ecosystem, v, version));
        var hit = listed;
        string? fixedIn = null;
        foreach (var range in affected.Ranges)
        {
            if (range.Type is not ("SEMVER" or "ECOSYSTEM"))
            {
                continue;
            }

            var rangeComparer = range.Type == "SEMVER" ? VersionComparers.For(Ecosystem.Npm) : comparer;
            if (!IsAffected(range, version, rangeComparer))
            {
                continue;
            }

            hit = true;
            var next = range.Events
                .Where(e => e.Kind == OsvEvent.Fixed && rangeComparer.Compare(e.Version, version) > 0)
                .Select(e => e.Version)
                .Order(rangeComparer)
                .FirstOrDefault();
            if (next is not null && (fixedIn is null || comparer.Compare(next, fixedIn) < 0))
            {
                fixedIn = next;
            }
        }

        return (hit, fixedIn);
    }

    internal static bool IsAffected(OsvRange range, string version, IComparer<string> comparer)
    {
        var limits = range.Events.Where(e => e.Kind == OsvEvent.Limit).ToList();
        if (limits.Count > 0 && !limits.Any(l => l.Version == "*" || comparer.Compare(version, l.Version) < 0))
        {
            return false;
        }

        var sorted = range.Events
            .Where(e => e.Kind != OsvEvent.Limit)
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(x => x.Event, Comparer<OsvEvent>.Create((a, b) => CompareEvents(a, b, comparer)))
            .ThenBy(x => x.Index)
            .Select(x => x.Event);
        var affected = false;
        foreach (var e in sorted)
        {
            switch (e.Kind)
            {
                case OsvEvent.Introduced when e.Version == "0" || comparer.Compare(version, e.Version) >= 0:
                    affected = true;
                    break;
                case OsvEvent.Fixed when comparer.Compare(version, e.Version) >= 0:
                    affected = false;
                    break;
                case OsvEvent.LastAffected when comparer.Compare(version, e.Version) > 0:
                    affected = false;
                    break;
            }
        }

        return affected;
    }

    private static int CompareEvents(OsvEvent a, OsvEvent b, IComparer<string> comparer)
    {
        var aZero = a.Kind == OsvEvent.Introduced && a.Version == "0";
        var bZero = b.Kind == OsvEvent.Introduced && b.Version == "0";
        return (aZero, bZero) switch
        {
            (true, true) => 0,
            (true, false) => -1,
            (false, true) => 1,
            _ => comparer.Compare(a.Version, b.Version),
        };
    }

    private static bool SameVersion(Ecosystem ecosystem, string a, string b) =>
        ecosystem == Ecosystem.NuGet && NuGetVersion.TryParse(a, out var x) && NuGetVersion.TryParse(b, out var y)
            ? VersionComparer.Default.Equals(x, y)
            : string.Equals(a, b, StringComparison.Ordinal)
              || (ecosystem is Ecosystem.PyPI or Ecosystem.RubyGems or Ecosystem.Maven && VersionComparers.IsValid(ecosystem, a)
                  && VersionComparers.IsValid(ecosystem, b) && VersionComparers.For(ecosystem).Compare(a, b) == 0);
}
