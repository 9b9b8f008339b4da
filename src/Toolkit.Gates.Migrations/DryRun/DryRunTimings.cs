using System.Diagnostics;
using System.Globalization;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Where a dry run's time goes (scripts, catalog snapshots, template checkpoints, rebuilds), for its log.</summary>
internal sealed class DryRunTimings
{
    private readonly Dictionary<string, (int Count, TimeSpan Elapsed)> totals = new(StringComparer.Ordinal);
    private readonly Stopwatch total = Stopwatch.StartNew();

    /// <summary>Adds the time since <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="what"/>.</summary>
    public void Add(string what, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        totals[what] = totals.TryGetValue(what, out var was) ? (was.Count + 1, was.Elapsed + elapsed) : (1, elapsed);
    }

    /// <summary>One line: the whole run and each part, in seconds with counts.</summary>
    public string Summary() =>
        string.Create(CultureInfo.InvariantCulture, $"timing: {total.Elapsed.TotalSeconds:0.00} s in all; ")
        + string.Join(", ", totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.Count}x {t.Value.Elapsed.TotalSeconds:0.00} s")));
}
