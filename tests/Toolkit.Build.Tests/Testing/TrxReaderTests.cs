using System.Xml.Linq;
using Toolkit.Build.Testing;

namespace Toolkit.Build.Tests.Testing;

public sealed class TrxReaderTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    [Fact]
    public void Reads_passed_failed_and_skipped_from_the_result_summary_counters()
    {
        var totals = TrxReader.Read(XDocument.Load(Sample("two-passed-one-failed-one-skipped.trx")));

        Assert.Equal(new TestTotals(2, 1, 1), totals);
    }

    [Fact]
    public void Sums_every_TRX_file_in_the_results_folder()
    {
        var totals = TrxReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "Samples"));

        Assert.Equal(new TestTotals(5, 1, 1), totals);
    }

    [Fact]
    public void Counts_errored_timed_out_and_aborted_tests_as_failed()
    {
        XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var document = new XDocument(new XElement(trx + "TestRun", new XElement(trx + "ResultSummary", new XElement(
            trx + "Counters",
            new XAttribute("passed", "4"),
            new XAttribute("failed", "1"),
            new XAttribute("error", "1"),
            new XAttribute("timeout", "1"),
            new XAttribute("aborted", "1")))));

        Assert.Equal(new TestTotals(4, 4, 0), TrxReader.Read(document));
    }

    [Fact]
    public void Finds_no_tests_when_the_results_folder_does_not_exist()
    {
        var totals = TrxReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "no-such-folder"));

        Assert.Equal(0, totals.Ran);
    }

    [Theory]
    [InlineData(12, 0, 0, "12 passed, 0 failed")]
    [InlineData(12, 3, 0, "12 passed, 3 failed")]
    [InlineData(12, 0, 2, "12 passed, 0 failed, 2 skipped")]
    public void Prints_the_totals_line_CI_reads_mentioning_skipped_tests_only_when_there_are_some(int passed, int failed, int skipped, string expected)
    {
        Assert.Equal(expected, new TestTotals(passed, failed, skipped).ToString());
    }
}
