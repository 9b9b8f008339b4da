using System.Globalization;
using System.Xml.Linq;

namespace Toolkit.Build.Testing;

/// <summary>Reads the totals of Visual Studio test result (TRX) files.</summary>
public static class TrxReader
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>The totals of every <c>*.trx</c> file in a folder (one per test project); none when it does not exist.</summary>
    public static TestTotals ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return TestTotals.None;
        }

        return Directory.EnumerateFiles(directory, "*.trx", SearchOption.AllDirectories)
            .Select(f => Read(XDocument.Load(f)))
            .Aggregate(TestTotals.None, (sum, t) => sum.Add(t));
    }

    /// <summary>The totals of one TRX document, from <c>ResultSummary/Counters</c>.</summary>
    public static TestTotals Read(XDocument trx)
    {
        ArgumentNullException.ThrowIfNull(trx);
        var counters = trx.Root?.Element(Trx + "ResultSummary")?.Element(Trx + "Counters");
        if (counters is null)
        {
            return TestTotals.None;
        }

        int Count(string name) => int.TryParse(counters.Attribute(name)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

        // A test that errored, timed out or was aborted did not pass: it counts as failed. The TRX logger records skipped
        // tests as not executed.
        return new TestTotals(
            Count("passed"),
            Count("failed") + Count("error") + Count("timeout") + Count("aborted"),
            Count("notExecuted"));
    }
}
