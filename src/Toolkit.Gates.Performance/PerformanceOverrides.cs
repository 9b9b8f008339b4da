namespace Toolkit.Gates.Performance;

/// <summary>Values from the command line; each one set replaces the gates.yml value.</summary>
public sealed record PerformanceOverrides
{
    /// <summary>Result files of the head run; when any are given they replace the configured ones (<c>--results</c>).</summary>
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>What to compare with: a results file, a history entry, a store directory or <c>branch:&lt;name&gt;[:&lt;folder&gt;]</c> (<c>--baseline</c>).</summary>
    public string? Baseline { get; init; }

    /// <summary>The history store recorded to and read for the trend: a directory or <c>branch:&lt;name&gt;[:&lt;folder&gt;]</c> (<c>--store</c>).</summary>
    public string? Store { get; init; }

    /// <summary>Whether to append the head's results to the store (<c>--record</c>).</summary>
    public bool? Record { get; init; }

    /// <summary>How many entries the store keeps (<c>--keep</c>).</summary>
    public int? Keep { get; init; }

    /// <summary>The head commit to record; <c>git rev-parse HEAD</c> when unset (<c>--commit</c>).</summary>
    public string? Commit { get; init; }

    /// <summary>The PR base commit whose store entry is the baseline (<c>--base-commit</c>).</summary>
    public string? BaseCommit { get; init; }
}
