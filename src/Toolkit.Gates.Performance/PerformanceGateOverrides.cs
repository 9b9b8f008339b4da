namespace Toolkit.Gates.Performance;

/// <summary>Values from the command line; each one set replaces the gates.yml value.</summary>
public sealed record PerformanceGateOverrides
{
    public IReadOnlyList<string> Results { get; init; } = [];

    public string? Baseline { get; init; }

    public string? Store { get; init; }

    public bool? Record { get; init; }

    public int? Keep { get; init; }

    public string? Commit { get; init; }

    public string? BaseCommit { get; init; }

    public PerformanceGateOptions ApplyTo(PerformanceGateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Results = Results.Count > 0 ? Results.Select(r => new ResultInput(r)).ToList() : options.Results,
            Baseline = Baseline ?? options.Baseline,
            Store = Store ?? options.Store,
            Record = Record ?? options.Record,
            Keep = Keep ?? options.Keep,
            Commit = Commit ?? options.Commit,
            BaseCommit = BaseCommit ?? options.BaseCommit,
        };
    }
}
