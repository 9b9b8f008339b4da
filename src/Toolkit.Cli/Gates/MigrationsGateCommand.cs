using System.CommandLine;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Migrations;

namespace Toolkit.Cli.Gates;

/// <summary><c>gate migrations</c>: the migration-gate with its options; each also settable in gates.yml.</summary>
internal sealed class MigrationsGateCommand : IGateCommand
{
    // The help states MigrationOptions' defaults rather than repeating them.
    private static readonly MigrationOptions Defaults = new();

    private readonly Option<string?> dir = new("--dir")
    {
        Description = $"Migration directory, relative to the repository. Default: migration-gate.dir, else {Defaults.Directories[0].Path}.",
        HelpName = "dir",
    };

    private readonly Option<string?> tool = CreateTool();

    private readonly Option<string?> baseRef = GitRefOption.Create("--base", "Git ref new migrations are computed against (base...HEAD, added files). Default: migration-gate.base, else the PR base; with none, every migration is new.");

    private readonly Option<string?> database = CreateDatabase();

    private readonly Option<string?> databaseUrl = new("--database-url")
    {
        Description = "Run the dry run in this empty, disposable database instead of a throwaway cluster (needs --i-know-this-is-disposable); it overrides database: none from gates.yml.",
        HelpName = "connection-string",
    };

    private readonly Option<bool> disposable = new("--i-know-this-is-disposable")
    {
        Description = "Confirms --database-url may be written to: the dry run creates and drops objects there.",
    };

    public string Gate => GateIds.Migrations;

    public string CommandName => "migrations";

    public string Description => "Lint new PostgreSQL migrations (Squawk rule names), enforce expand/contract, and prove up/down/up on a throwaway PostgreSQL.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "gate migrations --dir db/migrations --base origin/main",
        "gate migrations --tool flyway --dir src/main/resources/db/migration --database none",
        "gate migrations --database-url \"Host=127.0.0.1;Username=ci;Database=scratch\" --i-know-this-is-disposable",
    ];

    public IReadOnlyList<Option> Options => [dir, tool, baseRef, database, databaseUrl, disposable];

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> Validate(GateSection section) => MigrationOptionsBinder.Bind(section, null).Diagnostics;

    /// <inheritdoc/>
    public IReadOnlyList<ConfigDiagnostic> ValidateCommandLine(GateSection? section, ParseResult parseResult) =>
        MigrationOptionsBinder.Bind(section, Overrides(parseResult)).Diagnostics;

    public IGate Create(ParseResult? parseResult) => parseResult is null ? new MigrationGate() : new MigrationGate(Overrides(parseResult));

    private MigrationOverrides Overrides(ParseResult parseResult)
    {
        var toolName = parseResult.GetValue(tool);
        var databaseName = parseResult.GetValue(database);
        return new MigrationOverrides
        {
            Dir = parseResult.GetValue(dir),
            Tool = toolName is null ? null : MigrationOptionsBinder.ParseTool(toolName),
            Base = parseResult.GetValue(baseRef),
            Database = databaseName switch { "none" => DatabaseMode.None, "auto" => DatabaseMode.Auto, _ => null },
            DatabaseUrl = parseResult.GetValue(databaseUrl),
            DatabaseUrlIsDisposable = parseResult.GetValue(disposable) ? true : null,
        };
    }

    private static Option<string?> CreateTool()
    {
        var option = new Option<string?>("--tool")
        {
            Description = "Migration layout: golang-migrate, flyway, dbmate, diesel, pop, sqlx, goose, pairs or plain. Default: migration-gate.tool, else detected from the files.",
            HelpName = "tool",
        };
        option.AcceptOnlyFromAmong("auto", "golang-migrate", "flyway", "dbmate", "plain", "diesel", "pop", "sqlx", "goose", "pairs");
        return option;
    }

    private static Option<string?> CreateDatabase()
    {
        var option = new Option<string?>("--database")
        {
            Description = $"auto: dry run on a throwaway PostgreSQL cluster (or --database-url); none: static checks only. Default: migration-gate.database, else {Defaults.Database.ToString().ToLowerInvariant()}.",
            HelpName = "mode",
        };
        option.AcceptOnlyFromAmong("auto", "none");
        return option;
    }
}
