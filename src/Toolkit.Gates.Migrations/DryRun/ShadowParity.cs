namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Shadow parity: seed rows after the base migrations, and read queries whose results must not change.</summary>
/// <param name="SeedSql">SQL that inserts representative rows (run once, after the base migrations).</param>
/// <param name="Queries">Read queries the application runs; each must return the same rows after the new migrations.</param>
internal sealed record ShadowParity(string? SeedSql, IReadOnlyList<string> Queries);
