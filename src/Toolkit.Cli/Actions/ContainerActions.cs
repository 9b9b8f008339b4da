using Toolkit.Core.Gates;

namespace Toolkit.Cli.Actions;

/// <summary>
/// The container actions under <c>actions/</c>, one table each: action input → CLI option. Declarative on purpose:
/// the tests check that every input in every action.yml is mapped here, that every mapping names a declared input,
/// and that every option exists on the command it targets, so the three cannot drift apart.
/// </summary>
internal static class ContainerActions
{
    private static readonly ActionInput Config = new("config", "--config") { CliDefault = ".github/gates.yml" };
    private static readonly ActionInput WorkingDirectory = new("working-directory", "--repo", ActionInputKind.WorkspaceDirectory);
    private static readonly ActionInput Out = new("out", "--out");
    private static readonly ActionInput FailOn = new("fail-on", "--fail-on");
    private static readonly ActionInput Publish = new("publish", "--publish", ActionInputKind.List);
    private static readonly ActionInput Token = new("github-token", "--github-token") { Secret = true };

    /// <summary>The options every gate command shares.</summary>
    private static readonly ActionInput[] GateCommon =
    [
        Config,
        WorkingDirectory,
        Out,
        new("environment", "--env"),
        new("formats", "--format", ActionInputKind.List),
        FailOn,
        Publish,
        Token,
    ];

    public static IReadOnlyList<ContainerAction> All { get; } =
    [
        ForGate(
            GateIds.Slo,
            new("golden-paths", "--golden-paths"),
            new("prometheus-url", "--prometheus-url"),
            new("base-url", "--base-url"),
            new("at", "--at"),
            new("baseline-selector", "--baseline-selector"),
            new("canary-selector", "--canary-selector")),
        ForGate(
            GateIds.SupplyChain,
            new("base", "--base"),
            new("osv-database", "--osv-database"),
            new("osv-api", "--osv-api", ActionInputKind.Flag),
            new("osv-api-url", "--osv-api-url"),
            new("osv-offline", "--osv-offline", ActionInputKind.Flag),
            new("sbom-formats", "--sbom-format", ActionInputKind.List),
            new("artifacts", "--artifact", ActionInputKind.List),
            new("trusted-keys", "--trusted-key", ActionInputKind.List)),
        ForGate(
            GateIds.Migrations,
            new("dir", "--dir"),
            new("tool", "--tool"),
            new("base", "--base"),
            new("database", "--database"),
            new("database-url", "--database-url") { Secret = true },
            new("database-url-is-disposable", "--i-know-this-is-disposable", ActionInputKind.Flag)),
        ForGate(
            GateIds.Performance,
            new("results", "--results", ActionInputKind.List),
            new("baseline", "--baseline"),
            new("base-commit", "--base-commit"),
            new("store", "--store"),
            new("record", "--record", ActionInputKind.Flag),
            new("keep", "--keep"),
            new("commit", "--commit")),
        ForGate(
            GateIds.Policy,
            new("paths", null, ActionInputKind.Arguments),
            new("packs", "--pack", ActionInputKind.List),
            new("disabled-rules", "--disable-rule", ActionInputKind.List),
            new("custom-rules", "--custom-rules", ActionInputKind.List),
            new("image-sizes", "--image-sizes"),
            new("prometheus-url", "--prometheus-url"),
            new("base", "--base")),
        ForGate(
            GateIds.Dr,
            new("prometheus-url", "--prometheus-url"),
            new("drills", "--drills"),
            new("max-drill-age", "--max-drill-age"),
            new("at", "--at")),
        new("decide", null, "decide",
        [
            Config,
            WorkingDirectory,
            Out,
            FailOn,
            new("require", "--require", ActionInputKind.List),
            new("version", "--version"),
            new("evidence", "--evidence"),
            new("evidence-key", "--key"),
            Publish,
            Token,
        ]),
        new("protect", null, "protect",
        [
            Config,
            WorkingDirectory,
            Out,
            new("branch", "--branch"),
            new("ruleset", "--ruleset"),
            new("dry-run", "--dry-run", ActionInputKind.Flag),
            new("remove-unlisted", "--remove-unlisted", ActionInputKind.Flag),
            new("repository", "--repository"),
            Token,
        ]),
    ];

    public static IEnumerable<string> Names => All.Select(a => a.Name);

    /// <summary>The variables of secret inputs (<c>INPUT_GITHUB-TOKEN</c>, <c>INPUT_DATABASE-URL</c>), masked from the start.</summary>
    public static IEnumerable<string> SecretVariables =>
        All.SelectMany(a => a.Inputs).Where(i => i.Secret).Select(i => i.Variable).Distinct(StringComparer.Ordinal);

    public static ContainerAction? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    private static ContainerAction ForGate(string gate, params ActionInput[] own) => new(gate, gate, null, [.. GateCommon, .. own]);
}
