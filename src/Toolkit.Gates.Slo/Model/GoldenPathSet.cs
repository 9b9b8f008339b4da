namespace Toolkit.Gates.Slo.Model;

/// <summary>Everything read from the golden-paths file (own format, OpenSLO v1 or Sloth prometheus/v1).</summary>
public sealed record GoldenPathSet(string File, IReadOnlyList<GoldenPath> Paths)
{
    public CanarySpec? Canary { get; init; }
}
