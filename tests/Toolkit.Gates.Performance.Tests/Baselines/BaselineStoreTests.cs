using Toolkit.Gates.Performance.Baselines;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Baselines;

public sealed class BaselineStoreTests
{
    private static HistoryEntry Entry(string commit, int day, double value) =>
        new(commit, new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero), new Dictionary<string, RecordedValue> { ["B"] = new("ns", "smaller", value, [value, value + 1]) });

    [Fact]
    public void Recording_keeps_only_the_newest_entries()
    {
        using var temp = new TempDirectory();
        var store = new BaselineStore(temp.Combine("perf", "history"));

        for (var day = 1; day <= 5; day++)
        {
            store.Record(Entry($"c0mm1t{day}aaaaaaaaaaaa", day, day * 10), keep: 3);
        }

        var entries = store.Load(out var error);
        Assert.Null(error);
        Assert.Equal(["c0mm1t3aaaaaaaaaaaa", "c0mm1t4aaaaaaaaaaaa", "c0mm1t5aaaaaaaaaaaa"], entries.Select(e => e.Commit));
        Assert.Equal([40.0, 41.0], entries[1].Values["B"].Samples);
    }

    [Fact]
    public void Finds_the_entry_of_a_commit_by_full_or_short_sha()
    {
        var entries = new[] { Entry("abcdef1234567890", 1, 1), Entry("0123456789abcdef", 2, 2) };

        Assert.Equal(1, BaselineStore.For(entries, "abcdef1")!.Values["B"].Value);
        Assert.Equal(2, BaselineStore.For(entries, "0123456789abcdef0000")!.Values["B"].Value);
        Assert.Null(BaselineStore.For(entries, "ffff"));
    }

    [Fact]
    public void A_file_that_is_not_an_entry_is_reported_by_name()
    {
        using var temp = new TempDirectory();
        temp.Write("history/junk.json", "{\"commit\": 5");

        new BaselineStore(temp.Combine("history")).Load(out var error);

        Assert.Contains("junk.json", error, StringComparison.Ordinal);
    }
}
