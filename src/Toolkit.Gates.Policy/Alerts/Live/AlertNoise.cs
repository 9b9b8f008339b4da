namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>How often one alert fired over the replayed history.</summary>
/// <param name="Firings">Transitions into firing the replay produced (each label set counts apart).</param>
/// <param name="Days">The replayed history in days.</param>
/// <param name="FiredAt">When each firing started, with its label set.</param>
/// <param name="History">Firings Prometheus itself recorded in <c>ALERTS{alertstate="firing"}</c>; null when the history holds no ALERTS series.</param>
/// <param name="Activations">Distinct activations in <c>ALERTS_FOR_STATE</c>; null when absent.</param>
internal sealed record AlertNoise(int Firings, double Days, IReadOnlyList<(string Identity, DateTimeOffset At)> FiredAt, int? History, int? Activations)
{
    public double PerDay => Days <= 0 ? 0 : Math.Round(Firings / Days, 2);
}
