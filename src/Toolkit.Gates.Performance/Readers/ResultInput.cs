using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>A results file for the head run, repository-relative, with its format (detected when <see cref="ResultFormat.Auto"/>).</summary>
public sealed record ResultInput(string Path, ResultFormat Format = ResultFormat.Auto)
{
    /// <summary>Where gates.yml names the file, when it does.</summary>
    public SourceLocation? Location { get; init; }
}
