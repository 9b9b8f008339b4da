using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>What reading a results file gave: the results, or why they could not be read and where.</summary>
internal sealed record ReadOutcome(ResultSet? Results, string? Error = null, SourceLocation? Location = null)
{
    public bool Succeeded => Results is not null;

    public static ReadOutcome Ok(ResultSet results) => new(results);

    public static ReadOutcome Fail(string error, SourceLocation location) => new(null, error, location);
}
