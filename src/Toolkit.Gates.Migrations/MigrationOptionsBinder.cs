using Toolkit.Core.Configuration;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations;

/// <summary>Binds <see cref="MigrationOptions"/> from gates.yml and applies command-line overrides.</summary>
internal static class MigrationOptionsBinder
{
    private static readonly string[] Tools = ["auto", "golang-migrate", "flyway", "dbmate", "plain", "diesel", "pop", "sqlx", "goose", "pairs"];

    /// <summary>Reads the section (null: defaults); every problem is returned with its position.</summary>
    public static (MigrationOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, MigrationOverrides? overrides)
    {
        var options = new MigrationOptions();
        var diagnostics = new List<ConfigDiagnostic>();
        if (section is not null)
        {
            var reader = section.Reader();
            var defaults = options;
            var tool = ParseTool(reader.Choice("tool", "auto", Tools));
            var dirs = new List<MigrationDirectory>();
            if (reader.String("dir") is { } dir)
            {
                dirs.Add(new MigrationDirectory(dir, tool));
            }

            foreach (var entry in reader.MappingList("directories"))
            {
                var path = entry.RequiredString("dir");
                dirs.Add(new MigrationDirectory(path, ParseTool(entry.Choice("tool", "auto", Tools))));
                entry.Finish();
                diagnostics.AddRange(entry.Diagnostics);
            }

            var disabled = reader.StringList("disabled_rules");
            foreach (var rule in disabled.Where(r => !RuleCatalog.Exists(r)))
            {
                reader.ReportAt("disabled_rules", $"unknown rule '{rule}'.", Suggestions.Nearest(rule, RuleCatalog.All.Select(r => r.Id)));
            }

            options = new MigrationOptions
            {
                Directories = dirs.Count > 0 ? dirs : [defaults.Directories[0] with { Tool = tool }],
                Base = reader.GitRef("base"),
                Database = reader.Choice("database", "auto", "auto", "none") == "none" ? DatabaseMode.None : DatabaseMode.Auto,
                DatabaseUrl = reader.String("database_url"),
                DatabaseUrlIsDisposable = reader.Bool("database_url_disposable", false),
                PostgresBin = reader.String("postgres_bin"),
                CodePaths = reader.StringList("code_paths"),
                ForbidMixed = reader.Bool("forbid_mixed", defaults.ForbidMixed),
                ForbidContractWithExpand = reader.Bool("forbid_contract_with_expand", defaults.ForbidContractWithExpand),
                RequireRollback = reader.Bool("require_rollback", defaults.RequireRollback),
                DisabledRules = disabled,
                ShadowSeed = reader.String("shadow_seed"),
                ShadowQueries = reader.StringList("shadow_queries"),
            };
            if (options.Database == DatabaseMode.None && options.DatabaseUrl is not null)
            {
                reader.ReportAt("database_url", "database_url is set but database is none, so it would never be used: remove one of them (database: auto runs the dry run in database_url).");
            }

            reader.Finish();
            diagnostics.InsertRange(0, reader.Diagnostics);
        }

        if (overrides is not null)
        {
            if (overrides.Dir is not null || overrides.Tool is not null)
            {
                var first = options.Directories[0];
                options = options with { Directories = [new MigrationDirectory(overrides.Dir ?? first.Path, overrides.Tool ?? first.Tool)] };
            }

            options = options with
            {
                Base = overrides.Base ?? options.Base,
                // An explicit --database-url asks for a dry run there, whatever gates.yml says (database: none included).
                Database = overrides.Database ?? (overrides.DatabaseUrl is not null ? DatabaseMode.Auto : options.Database),
                DatabaseUrl = overrides.DatabaseUrl ?? options.DatabaseUrl,
                DatabaseUrlIsDisposable = overrides.DatabaseUrlIsDisposable ?? options.DatabaseUrlIsDisposable,
            };
        }

        return (options, diagnostics);
    }

    /// <summary>The tool for a configuration or command-line name.</summary>
    public static MigrationTool ParseTool(string name) => name switch
    {
        "golang-migrate" => MigrationTool.GolangMigrate,
        "flyway" => MigrationTool.Flyway,
        "dbmate" => MigrationTool.Dbmate,
        "plain" => MigrationTool.Plain,
        "diesel" => MigrationTool.Diesel,
        "pop" => MigrationTool.Pop,
        "sqlx" => MigrationTool.Sqlx,
        "goose" => MigrationTool.Goose,
        "pairs" => MigrationTool.Pairs,
        _ => MigrationTool.Auto,
    };
}
