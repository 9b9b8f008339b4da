using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.Corpus;

[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class CorpusSyntaxTests(PostgresFixture postgres)
{
    /// <summary>
    /// Files PostgreSQL 15 (the test cluster) rejects for syntax newer releases accept, so they are not syntax errors:
    /// Lemmy targets PostgreSQL 16+ (a subquery in FROM without an alias) and 18 (<c>ADD CONSTRAINT c NOT NULL col</c>).
    /// </summary>
    private static readonly Dictionary<string, string> NewerSyntax = new(StringComparer.Ordinal)
    {
        ["pile/LemmyNet+lemmy/migrations/2024-03-06-104706_local_image_user_opt/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000016_smoosh-tables-together/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000016_smoosh-tables-together/up.sql"] = "subquery in FROM must have an alias",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000034_no-image-token/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000041_remove-aggregate-tables/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000042_community-hidden-visibility/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000045_site_person_ban/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000051_local_image_person/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000053_remove_hide_modlog_names/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000061_drop-person-ban/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-08-01-000063_post-or-comment-notification/down.sql"] = "syntax error at or near \"NOT\"",
        ["pile/LemmyNet+lemmy/migrations/2025-10-15-114811-0000_merge-modlog-tables/down.sql"] = "syntax error at or near \"NOT\"",
    };

    [Fact]
    public async Task The_gate_reports_a_syntax_error_on_exactly_the_corpus_files_PostgreSQL_rejects_as_one()
    {
        // Given every SQL file of every project in the migration corpus
        var files = MigrationCorpus.Projects.SelectMany(MigrationCorpus.Files).ToList();
        Assert.True(files.Count > 2100, $"expected the whole corpus, found {files.Count} files");

        // When the gate lints them and a real psql sends each whole file to PostgreSQL (parsed before it runs)
        var ours = files.Where(f => Linter.Lint(MigrationCorpus.Script(f), LintOptions.Default).SyntaxError).ToHashSet(StringComparer.Ordinal);
        var database = await postgres.NewDatabaseAsync();
        var postgresRejects = await PsqlSyntaxCheck.RejectedFilesAsync(database, files);

        // Then both name the same files (but for syntax only newer PostgreSQL accepts): no false syntax errors, no
        // merged statements let through
        var missed = postgresRejects.Where(r => !ours.Contains(r.Key) && !(NewerSyntax.TryGetValue(r.Key, out var known) && r.Value.Contains(known, StringComparison.Ordinal))).Select(r => $"{r.Key}: {r.Value}").ToList();
        var extra = ours.Where(f => !postgresRejects.ContainsKey(f)).ToList();
        Assert.True(missed.Count == 0 && extra.Count == 0, $"PostgreSQL rejects, the gate does not:\n{string.Join('\n', missed)}\nThe gate rejects, PostgreSQL does not:\n{string.Join('\n', extra)}");
        Assert.Equal(NewerSyntax.Keys.Order(StringComparer.Ordinal), postgresRejects.Keys.Where(NewerSyntax.ContainsKey).Order(StringComparer.Ordinal));
        Assert.Equal(["pile/rust-lang+crates.io/migrations/20170318181441_downloads_need_no_id/down.sql"], ours);
    }
}
