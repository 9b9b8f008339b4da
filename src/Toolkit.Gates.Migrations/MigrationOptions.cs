using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations;

/// <summary>
/// The migration-gate's options, bound from the <c>migration-gate</c> section of gates.yml; command-line values win.
/// </summary>
public sealed record MigrationOptions
{
    /// <summary>The migration directories. <value>The default value is <c>db/migrations</c> with the layout detected.</value></summary>
    public IReadOnlyList<MigrationDirectory> Directories { get; init; } = [new("db/migrations")];

    /// <summary>The git ref new migrations are computed against (<c>base...HEAD</c>). <value>The default value is the run's PR base; with none, every migration counts as new.</value></summary>
    public string? Base { get; init; }

    /// <summary>Where the dry run happens. <value>The default value is <see cref="DatabaseMode.Auto"/>.</value></summary>
    public DatabaseMode Database { get; init; } = DatabaseMode.Auto;

    /// <summary>A disposable database to run in instead of a throwaway cluster. <value>The default value is null.</value></summary>
    public string? DatabaseUrl { get; init; }

    /// <summary>Confirms <see cref="DatabaseUrl"/> may be written to and emptied. <value>The default value is false: a URL is refused.</value></summary>
    public bool DatabaseUrlIsDisposable { get; init; }

    /// <summary>Directory with initdb and pg_ctl. <value>The default value is null: /usr/lib/postgresql/*/bin, then PATH.</value></summary>
    public string? PostgresBin { get; init; }

    /// <summary>Application code searched for references to dropped tables and columns. <value>The default value is empty (no search).</value></summary>
    public IReadOnlyList<string> CodePaths { get; init; } = [];

    /// <summary>A migration may not both expand and contract. <value>The default value is true.</value></summary>
    public bool ForbidMixed { get; init; } = true;

    /// <summary>A contract may not land in the same change as an expand on the same table. <value>The default value is true.</value></summary>
    public bool ForbidContractWithExpand { get; init; } = true;

    /// <summary>Every new migration needs a down that restores the schema. <value>The default value is true.</value></summary>
    public bool RequireRollback { get; init; } = true;

    /// <summary>Shadow parity seed: a repository-relative SQL file run after the base migrations. <value>The default value is null.</value></summary>
    public string? ShadowSeed { get; init; }

    /// <summary>Shadow parity read queries that must return the same rows after the new migrations. <value>The default value is empty (no parity check).</value></summary>
    public IReadOnlyList<string> ShadowQueries { get; init; } = [];

    /// <summary>Lint rules switched off, by id (<c>migration/prefer-robust-stmts</c>) or by the bare name before the prefix. <value>The default value is empty.</value></summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];
}
