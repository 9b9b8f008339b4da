namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>One active (pending or firing) alert of <see cref="AlertReplay"/>.</summary>
internal sealed class ReplayedAlert(DateTimeOffset activeAt)
{
    public DateTimeOffset ActiveAt { get; } = activeAt;

    public bool Firing { get; set; }

    public DateTimeOffset? KeepFiringSince { get; set; }
}
