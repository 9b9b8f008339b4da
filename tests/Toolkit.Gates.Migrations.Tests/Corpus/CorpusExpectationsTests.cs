using System.Text;
using Toolkit.Gates.Migrations.Linting;

namespace Toolkit.Gates.Migrations.Tests.Corpus;

public sealed class CorpusExpectationsTests
{
    private static readonly string ExpectationsFile = Path.Combine(RepositoryPaths.Root, "tests", "Toolkit.Gates.Migrations.Tests", "Corpus", "expectations.tsv");

    [Fact]
    public void Every_project_has_exactly_the_reviewed_findings_per_rule()
    {
        // Given every project of the migration corpus, each file linted in path order as its tool runs it
        var actual = new StringBuilder("# project\trule\tcount (reviewed against squawk 2.66: bench/migrations/lint.sh, docs/migrations-vs-squawk.md)\n");
        foreach (var project in MigrationCorpus.Projects)
        {
            var counts = MigrationCorpus.Files(project)
                .SelectMany(f => Linter.Lint(MigrationCorpus.Script(f), LintOptions.Default).Findings)
                .GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            actual.Append($"{project}\tfiles\t{MigrationCorpus.Files(project).Count}\n");
            foreach (var rule in counts)
            {
                actual.Append($"{project}\t{rule.Key}\t{rule.Count()}\n");
            }
        }

        // Then the counts are the reviewed ones: a new or lost finding fails until it is reviewed
        if (Environment.GetEnvironmentVariable("UPDATE_CORPUS_EXPECTATIONS") == "1")
        {
            File.WriteAllText(ExpectationsFile, actual.ToString());
        }

        Assert.Equal(File.ReadAllText(ExpectationsFile), actual.ToString());
    }
}
