using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>The golden paths, or every problem found in the file (with file, line and column).</summary>
internal sealed record LoadResult(GoldenPathSet? Value, IReadOnlyList<ConfigDiagnostic> Diagnostics)
{
    public bool IsValid => Value is not null && Diagnostics.Count == 0;
}
