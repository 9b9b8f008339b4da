using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.Discovery;

/// <summary>Every SQL file of every real migration directory in the corpus is found and placed (or named as an error).</summary>
public sealed class CorpusLayoutTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "migrations");

    public static TheoryData<string> Directories()
    {
        var data = new TheoryData<string>();
        foreach (var line in Expectations())
        {
            data.Add(line.Split('|')[0].Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Each_corpus_directory_is_read_in_its_layout_with_the_reviewed_counts(string directory)
    {
        // Given a real migration directory and its reviewed counts
        var expected = Expectations().Single(l => l.Split('|')[0].Trim() == directory);

        // When the gate reads it with the layout detected
        var set = MigrationFinder.Find(Corpus, directory, MigrationTool.Auto);

        // Then the layout and the counts are the reviewed ones
        var errors = set.Problems.Where(p => p.Severity == Severity.Error).ToList();
        var actual = $"{directory} | {set.Tool} | {set.Migrations.Count} | {set.Migrations.Count(m => m.Up is not null)} | {set.Migrations.Count(m => m.Down is not null)} | {errors.Count}";
        Assert.Equal(Normalize(expected), actual);
    }

    [Fact]
    public void Every_sql_file_of_the_corpus_is_placed_as_an_up_a_down_a_skipped_dialect_or_a_named_error()
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in Expectations().Select(l => l.Split('|')[0].Trim()))
        {
            var set = MigrationFinder.Find(Corpus, directory, MigrationTool.Auto);
            placed.UnionWith(set.Migrations.SelectMany(m => m.Files));
            placed.UnionWith(set.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Location!.Path));
        }

        var all = Directory.EnumerateFiles(Corpus, "*.sql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/'))
            .ToList();
        Assert.Equal(2132, all.Count);
        Assert.DoesNotContain(all, f => !placed.Contains(f));
    }

    [Fact]
    public void The_stray_crates_io_data_script_is_named_as_a_file_diesel_never_runs()
    {
        var set = MigrationFinder.Find(Corpus, "pile/rust-lang+crates.io/migrations", MigrationTool.Auto);

        var error = Assert.Single(set.Problems, p => p.Severity == Severity.Error);
        Assert.Equal("pile/rust-lang+crates.io/migrations/data_oauth_github.sql", error.Location!.Path);
        Assert.Contains("Diesel never runs it", error.Message, StringComparison.Ordinal);
    }

    private static string Normalize(string line) => string.Join(" | ", line.Split('|').Select(p => p.Trim()));

    private static IEnumerable<string> Expectations() =>
        File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "Toolkit.Gates.Migrations.Tests", "Discovery", "corpus-layouts.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
}
