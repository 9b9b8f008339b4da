using Toolkit.Core.Configuration;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.Migrations.Tests.Configuration;

public sealed class OptionsTests
{
    private const string Full = """
        version: 1
        gates:
          migration-gate:
            directories:
              - dir: db/app
                tool: golang-migrate
              - dir: db/billing
                tool: flyway
            base: origin/main
            database: auto
            code_paths: [src]
            forbid_mixed: true
            forbid_contract_with_expand: false
            require_rollback: true
            disabled_rules: [prefer-robust-stmts]
        """;

    [Fact]
    public void Every_layout_the_binder_reads_is_one_the_schema_allows()
    {
        // Given every layout the gate knows, as gates.yml spells it
        var tools = Enum.GetValues<MigrationTool>().Select(t => t == MigrationTool.Auto ? "auto" : System.Text.RegularExpressions.Regex.Replace(t.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant()).ToList();

        foreach (var tool in tools)
        {
            var yaml = $"version: 1\ngates:\n  migration-gate:\n    tool: {tool}\n    directories:\n      - dir: db\n        tool: {tool}\n";

            // Then the schema accepts it (an editor does not flag it) and the binder reads it
            Assert.Empty(KnownSchemas.Validator.Validate(YamlJson.ToJson(yaml), KnownSchemas.Gates));
            Assert.Empty(MigrationOptionsBinder.Bind(Section(yaml), null).Diagnostics);
        }
    }

    [Fact]
    public void The_documented_keys_validate_against_the_schema_and_bind()
    {
        // Given a section using every documented key
        Assert.Empty(KnownSchemas.Validator.Validate(YamlJson.ToJson(Full), KnownSchemas.Gates));

        // When it is bound with a command-line override
        var (options, diagnostics) = MigrationOptionsBinder.Bind(Section(Full), new MigrationOverrides { Base = "main" });

        // Then the values arrive and the command line wins
        Assert.Empty(diagnostics);
        Assert.Equal([new MigrationDirectory("db/app", MigrationTool.GolangMigrate), new MigrationDirectory("db/billing", MigrationTool.Flyway)], options.Directories);
        Assert.Equal("main", options.Base);
        Assert.False(options.ForbidContractWithExpand);
        Assert.Equal(["prefer-robust-stmts"], options.DisabledRules);
    }

    [Fact]
    public void Defaults_apply_without_a_section()
    {
        var (options, diagnostics) = MigrationOptionsBinder.Bind(null, null);

        Assert.Empty(diagnostics);
        Assert.Equal([new MigrationDirectory("db/migrations")], options.Directories);
        Assert.Equal(DatabaseMode.Auto, options.Database);
        Assert.True(options.RequireRollback);
    }

    [Fact]
    public void An_unknown_tool_and_an_unknown_rule_are_reported_at_their_lines()
    {
        var yaml = "version: 1\ngates:\n  migration-gate:\n    tool: liquibase\n    disabled_rules: [ban-drop-colum]\n";

        var (_, diagnostics) = MigrationOptionsBinder.Bind(Section(yaml), null);

        Assert.Contains(diagnostics, d => d.Line == 4 && d.Message.Contains("liquibase", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 5 && d.Suggestion == "ban-drop-column");
    }

    [Fact]
    public void Disabled_rules_take_ids_and_bare_names_and_a_misspelt_id_gets_the_id_suggested()
    {
        var yaml = "version: 1\ngates:\n  migration-gate:\n    disabled_rules: [migration/prefer-robust-stmts, ban-char-field, migration/ban-drop-colum]\n";

        var (options, diagnostics) = MigrationOptionsBinder.Bind(Section(yaml), null);

        var problem = Assert.Single(diagnostics);
        Assert.Equal((4, "migration/ban-drop-column"), (problem.Line, problem.Suggestion));
        Assert.Equal(["migration/prefer-robust-stmts", "ban-char-field", "migration/ban-drop-colum"], options.DisabledRules);
    }

    private static GateSection Section(string yaml)
    {
        var loaded = new GatesConfigLoader([Core.Gates.GateIds.Migrations]).LoadText(".github/gates.yml", yaml);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!.SectionFor(Core.Gates.GateIds.Migrations)!;
    }

    [Fact]
    public void Database_none_and_a_database_url_on_the_command_line_are_reported_with_the_files_problems()
    {
        // Given a bad tool in gates.yml, and --database none with --database-url
        var yaml = "version: 1\ngates:\n  migration-gate:\n    tool: liquibase\n";
        var overrides = new MigrationOverrides { Database = DatabaseMode.None, DatabaseUrl = "Host=127.0.0.1;Database=x" };

        // When bound
        var (_, diagnostics) = MigrationOptionsBinder.Bind(Section(yaml), overrides);

        // Then both come out in one pass, the contradiction under the options' names
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Line == 4);
        Assert.Contains(diagnostics, d => d.ToString() == "command line: --database none skips the dry run, but --database-url asks for one in that database: pass one of them.");
        Assert.Empty(MigrationOptionsBinder.Bind(null, overrides with { Database = null }).Diagnostics);
    }
}
