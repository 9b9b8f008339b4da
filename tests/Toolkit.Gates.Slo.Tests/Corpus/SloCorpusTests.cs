using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Corpus;

public sealed class SloCorpusTests
{
    [Fact]
    public void Every_corpus_file_loads_with_the_reviewed_number_of_slos_or_is_refused_at_the_reviewed_line()
    {
        // Given every Sloth, OpenSLO and Pyrra input of the corpus and the reviewed table
        using var scratch = new TempDirectory();
        var expected = File.ReadAllLines(SloCorpus.ExpectationsFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        // When each is loaded
        var actual = SloCorpus.Inputs(scratch).Select(i => SloCorpus.Outcome(i.Name, SloCorpus.Load(i.File, i.Name))).ToList();

        // Then every file is there with its reviewed outcome
        Assert.True(expected.SequenceEqual(actual), "actual table:\n" + string.Join('\n', actual));
    }
}
