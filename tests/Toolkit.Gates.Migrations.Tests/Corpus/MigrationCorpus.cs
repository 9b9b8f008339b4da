using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.Tests.Corpus;

/// <summary>
/// The real migration directories in ../shared/corpus/migrations (SOURCES.md), read in place: one project per
/// <c>&lt;layout&gt;/&lt;owner+repo&gt;</c> folder, every <c>.sql</c> file below it in path order (the order the tools apply them).
/// </summary>
internal static class MigrationCorpus
{
    public static string Root => Path.Combine(RepositoryPaths.Shared, "corpus", "migrations");

    /// <summary>Projects as <c>layout/owner+repo</c>, in order.</summary>
    public static IReadOnlyList<string> Projects { get; } =
        Directory.GetDirectories(Root).SelectMany(Directory.GetDirectories)
            .Select(d => Path.GetRelativePath(Root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The project's SQL files (relative to the corpus root), in path order.</summary>
    public static IReadOnlyList<string> Files(string project) =>
        Directory.EnumerateFiles(Path.Combine(Root, project), "*.sql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The file as its tool runs it: golang-migrate sends a file as one query; Pop's <c>.autocommit.</c> files run
    /// outside a transaction; Diesel, Pop and authelia wrap every other file in one (Diesel's metadata.toml with
    /// run_in_transaction = false was not kept in the corpus, so crates.io's CONCURRENTLY files read as transactional).
    /// </summary>
    public static MigrationScript Script(string file)
    {
        var mode = file.StartsWith("golang-migrate/", StringComparison.Ordinal) || file.Contains("goharbor+harbor", StringComparison.Ordinal)
            ? TransactionMode.MultiStatementQuery
            : file.Contains(".autocommit.", StringComparison.Ordinal) ? TransactionMode.None : TransactionMode.PerFile;
        return new MigrationScript(file, File.ReadAllText(Path.Combine(Root, file)), mode);
    }
}
