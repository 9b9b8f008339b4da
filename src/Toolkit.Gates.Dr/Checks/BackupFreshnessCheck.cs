using System.Globalization;
using Toolkit.Core.Prometheus;
using Toolkit.Gates.Dr.Prometheus;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>Reads each system's last successful backup time from Prometheus (its <c>backup_timestamp</c> query).</summary>
internal static class BackupFreshnessCheck
{
    // A backup "finished" this far past the evaluation time is a unit mistake (milliseconds), not clock skew.
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromHours(1);

    public static async Task<IReadOnlyList<BackupStatus>> RunAsync(PrometheusClient client, IReadOnlyList<DrSystem> systems, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var statuses = new List<BackupStatus>();
        foreach (var system in systems)
        {
            var result = await client.QueryAsync(system.BackupTimestamp, at, cancellationToken).ConfigureAwait(false);
            statuses.Add(Judge(system, InstantQueryResult.From(result), at));
        }

        return statuses;
    }

    internal static BackupStatus Judge(DrSystem system, InstantQueryResult result, DateTimeOffset at)
    {
        if (result.Error is { } error)
        {
            return new BackupStatus(system, null, $"{error} (query: {system.BackupTimestamp})");
        }

        if (result.Value is not { } seconds)
        {
            return new BackupStatus(system, null,
                $"no data: `{system.BackupTimestamp}` returned {(result.Series == 0 ? "no series" : "no numeric sample")} at {at:O}; check the metric name and labels, and that the backup exporter is scraped");
        }

        if (seconds < 0 || seconds > at.AddYears(100).ToUnixTimeSeconds())
        {
            return new BackupStatus(system, null, $"`{system.BackupTimestamp}` returned {seconds.ToString(CultureInfo.InvariantCulture)}, which is not a Unix time in seconds (milliseconds? divide by 1000)");
        }

        var last = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        if (last > at + FutureTolerance)
        {
            return new BackupStatus(system, null, $"`{system.BackupTimestamp}` returned {last:O}, after the evaluation time {at:O}; is the value in milliseconds, or is --at too early?");
        }

        return new BackupStatus(system, last, null);
    }
}
