namespace Toolkit.Build.Testing;

/// <summary>Test counts summed over test runs.</summary>
public sealed record TestTotals(int Passed, int Failed, int Skipped)
{
    /// <summary>No tests.</summary>
    public static TestTotals None { get; } = new(0, 0, 0);

    /// <summary>Tests that ran (skipped ones did not).</summary>
    public int Ran => Passed + Failed;

    /// <summary>The sum of two totals.</summary>
    public TestTotals Add(TestTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Passed + other.Passed, Failed + other.Failed, Skipped + other.Skipped);
    }

    /// <summary>The line CI reads: <c>N passed, N failed</c>, and <c>, N skipped</c> only when some were.</summary>
    public override string ToString() =>
        Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";
}
