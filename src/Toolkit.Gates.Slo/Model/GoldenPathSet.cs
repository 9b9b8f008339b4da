namespace Toolkit.Gates.Slo.Model;

/// <summary>Everything read from the golden-paths file (own format, OpenSLO, Sloth or Pyrra).</summary>
internal sealed record GoldenPathSet(string File, IReadOnlyList<GoldenPath> Paths)
{
    public CanarySpec? Canary { get; init; }

    /// <summary>The kind of every object read, in file order (<c>openslo/v1 SLO</c>, <c>pyrra.dev/v1alpha1 ServiceLevelObjective</c> ...).</summary>
    public IReadOnlyList<string> DocumentKinds { get; init; } = [];
}
