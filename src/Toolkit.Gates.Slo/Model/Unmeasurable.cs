using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>Why an SLO that loaded cannot be measured against Prometheus (a Datadog source, MetricsQL ...), and where.</summary>
internal sealed record Unmeasurable(string Reason, SourceLocation Location)
{
    public override string ToString() => $"{Location.Path}:{Location.Line}:{Location.Column}: {Reason}";
}
