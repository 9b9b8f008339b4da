using Toolkit.Core.Configuration;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations;

/// <summary>Binds <see cref="MigrationOptions"/> from gates.yml and applies command-line overrides.</summary>
internal static class MigrationOptionsBinder
{
    private static readonly string[] Tools = ["auto", "golang-migrate", "flyway", "dbmate", "plain", "diesel", "pop", "sqlx", "goose", "pairs"];

    private static readonly MigrationOptions Defaults = new();

    /// <summary>The keys of the migration-gate section, each with the default <see cref="MigrationOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Of("dir", Defaults.Directories[0].Path),
        OptionKey.Of("tool", ToolName(Defaults.Directories[0].Tool)),
        OptionKey.Without("directories"),
        OptionKey.Of("directories[].tool", ToolName(Defaults.Directories[0].Tool)),
        OptionKey.Without("base"),
        OptionKey.Of("database", DatabaseName(Defaults.Database)),
        OptionKey.Without("database_url"),
        OptionKey.Of("database_url_disposable", Defaults.DatabaseUrlIsDisposable),
        OptionKey.Without("postgres_bin"),
        OptionKey.Of("code_paths", Defaults.CodePaths),
        OptionKey.Of("forbid_mixed", Defaults.ForbidMixed),
        OptionKey.Of("forbid_contract_with_expand", Defaults.ForbidContractWithExpand),
        OptionKey.Of("require_rollback", Defaults.RequireRollback),
        OptionKey.Without("shadow_seed"),
        OptionKey.Of("shadow_queries", Defaults.ShadowQueries),
        OptionKey.Of("disabled_rules", Defaults.DisabledRules),
    ];

    /// <summary>Reads the section (null: defaults); every problem is returned with its position.</summary>
    public static (MigrationOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, MigrationOverrides? overrides)
    {
        var options = Defaults;
        var diagnostics = new List<ConfigDiagnostic>();
        if (section is not null)
        {
            var reader = section.Reader();
            var defaults = Defaults;
            var defaultTool = ToolName(defaults.Directories[0].Tool);
            var tool = ParseTool(reader.Choice("tool", defaultTool, Tools));
            var dirs = new List<MigrationDirectory>();
            if (reader.String("dir") is { } dir)
            {
                dirs.Add(new MigrationDirectory(dir, tool));
            }

            foreach (var entry in reader.MappingList("directories"))
            {
                var path = entry.RequiredString("dir");
                dirs.Add(new MigrationDirectory(path, ParseTool(entry.Choice("tool", defaultTool, Tools))));
                entry.Finish();
                diagnostics.AddRange(entry.Diagnostics);
            }

            var disabled = reader.StringList("disabled_rules");
            foreach (var rule in disabled.Where(r => MigrationRules.FindLint(r) is null))
            {
                reader.ReportAt("disabled_rules", $"unknown rule '{rule}'.", Suggestions.Nearest(rule, LintRuleNames(rule)));
            }

            options = new MigrationOptions
            {
                Directories = dirs.Count > 0 ? dirs : [defaults.Directories[0] with { Tool = tool }],
                Base = reader.GitRef("base"),
                Database = reader.Choice("database", DatabaseName(defaults.Database), "auto", "none") == "none" ? DatabaseMode.None : DatabaseMode.Auto,
                DatabaseUrl = reader.String("database_url"),
                DatabaseUrlIsDisposable = reader.Bool("database_url_disposable", defaults.DatabaseUrlIsDisposable),
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
            // --database none with --database-url contradicts itself: refuse it rather than drop either silently.
            if (overrides.Database == DatabaseMode.None && overrides.DatabaseUrl is not null)
            {
                diagnostics.Add(new ConfigDiagnostic("command line", 0, 0, "--database none skips the dry run, but --database-url asks for one in that database: pass one of them."));
            }

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

    /// <summary>
    /// The lint rules a misspelt name is compared with: ids when it has the prefix, bare names (which still work)
    /// when it has not, so the suggestion is in the form the user writes.
    /// </summary>
    private static IEnumerable<string> LintRuleNames(string typed) =>
        MigrationRules.All.Where(r => r.IsLint).Select(r => typed.StartsWith(MigrationRules.Prefix, StringComparison.Ordinal) ? r.Id : r.Name);

    private static string ToolName(MigrationTool tool) => Tools.First(name => ParseTool(name) == tool);

    private static string DatabaseName(DatabaseMode mode) => mode == DatabaseMode.None ? "none" : "auto";

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
