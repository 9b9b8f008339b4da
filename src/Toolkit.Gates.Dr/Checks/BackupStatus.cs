namespace Toolkit.Gates.Dr.Checks;

/// <summary>What Prometheus says of one system's last successful backup at the evaluation time.</summary>
/// <param name="System">The system.</param>
/// <param name="LastBackup">When the last successful backup finished; null when unknown.</param>
/// <param name="Error">Why the time is unknown (no data, unreachable, a timestamp in the future); null when known.</param>
internal sealed record BackupStatus(DrSystem System, DateTimeOffset? LastBackup, string? Error)
{
    public TimeSpan? AgeAt(DateTimeOffset at) => LastBackup is { } last ? at - last : null;
}
