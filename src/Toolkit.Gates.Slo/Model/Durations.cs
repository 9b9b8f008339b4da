using Toolkit.Core.Configuration;

namespace Toolkit.Gates.Slo.Model;

/// <summary>Prometheus-style durations (<c>5m</c>, <c>1h</c>, <c>30d</c>, <c>1h30m</c>, <c>250ms</c>).</summary>
internal static class Durations
{
    /// <summary>Parses a positive duration (the syntax gates.yml uses everywhere).</summary>
    public static bool TryParse(string? text, out TimeSpan value) => ConfigDurations.TryParse(text, out value);

    /// <summary>The shortest PromQL form: <c>1d</c>, <c>6h</c>, <c>30m</c>, <c>90s</c>.</summary>
    public static string Format(TimeSpan span) => ConfigDurations.Format(span);
}
