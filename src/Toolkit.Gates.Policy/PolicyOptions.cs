namespace Toolkit.Gates.Policy;

/// <summary>
/// What policy-ci checks, bound from the <c>policy-ci</c> section of <c>.github/gates.yml</c>; command-line values win.
/// </summary>
public sealed record PolicyOptions
{
    /// <summary>Repository-relative files or folders to check. <value>The default is empty: the whole repository, honouring .gitignore.</value></summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Globs of paths never checked. <value>The default is empty.</value></summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Rule packs to run (<see cref="PolicyPacks"/>). <value>The default is every pack.</value></summary>
    public IReadOnlyList<string> Packs { get; init; } = PolicyPacks.All;

    /// <summary>Rule ids that are switched off. <value>The default is empty.</value></summary>
    public IReadOnlyList<string> DisabledRules { get; init; } = [];

    /// <summary>Repository-relative YAML files of declarative custom rules. <value>The default is empty.</value></summary>
    public IReadOnlyList<string> CustomRules { get; init; } = [];

    /// <summary>A JSON file of image sizes (<c>docker image inspect</c> output). <value>The default is null: no size check.</value></summary>
    public string? ImageSizes { get; init; }

    /// <summary>Budget in MB (10^6 bytes) per image name or glob (<c>gateway</c>, <c>services/*</c>). <value>The default is empty.</value></summary>
    public IReadOnlyDictionary<string, double> MaxImageMb { get; init; } = new Dictionary<string, double>();

    /// <summary>Whether a CODEOWNERS file is required and must cover the PR's changed files. <value>The default is true.</value></summary>
    public bool RequireCodeowners { get; init; } = true;

    /// <summary>Whether a PR title must be a Conventional Commit. <value>The default is true.</value></summary>
    public bool ConventionalTitle { get; init; } = true;

    /// <summary>The Conventional Commit types accepted in PR titles. <value>The default is feat, fix, docs, style, refactor, perf, test, build, ci, chore, revert, ops, security.</value></summary>
    public IReadOnlyList<string> ConventionalTypes { get; init; } = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert", "ops", "security"];

    /// <summary>Labels any one of which names an alert's owner. <value>The default is owner, team.</value></summary>
    public IReadOnlyList<string> AlertOwnerLabels { get; init; } = ["owner", "team"];

    /// <summary>Severity label values that make an alert Sev1/Sev2 (paging). <value>The default is critical, page, sev1, sev2, p1, p2.</value></summary>
    public IReadOnlyList<string> PagingSeverities { get; init; } = ["critical", "page", "sev1", "sev2", "p1", "p2"];

    /// <summary>The scrape interval the alert checks assume (rate ranges need two of them). <value>The default is 1m.</value></summary>
    public TimeSpan ScrapeInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Also check, through the GitHub API, that branch protection of <see cref="ProtectedBranch"/> requires every
    /// gate gates.yml requires (<c>branch_protection: true</c>). Skipped with a note when the token cannot read it.
    /// The default value is false.</summary>
    public bool BranchProtection { get; init; }

    /// <summary>The branch whose protection is checked. The default value is the repository's default branch from the
    /// event, else <c>main</c>.</summary>
    public string? ProtectedBranch { get; init; }

    /// <summary>The checks branch protection must require: the gates gates.yml requires (set by the gate).</summary>
    public IReadOnlyList<string> RequiredChecks { get; init; } = [];

    /// <summary>
    /// Actions and reusable workflows that may be referenced by tag or branch (globs over <c>owner/repo/path</c>, or the
    /// whole <c>uses</c> value with its ref), e.g. your organisation's own reusable workflows. Built in, without
    /// configuration: the SLSA generator at a release tag. <value>The default is empty.</value>
    /// </summary>
    public IReadOnlyList<string> AllowedUnpinnedUses { get; init; } = [];

    /// <summary>
    /// The Prometheus the alert rules are checked against (<c>policy/alerts/series-missing</c>, <c>policy/alerts/noisy</c>). When set
    /// and unreachable, the verdict is error: these checks never pass unrun. <value>The default is null: no live checks.</value>
    /// </summary>
    public Uri? PrometheusUrl { get; init; }

    /// <summary>How far back alerts are replayed and series looked for. <value>The default is 7d.</value></summary>
    public TimeSpan AlertHistory { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The rule evaluation interval for groups without <c>interval</c> (Prometheus's global evaluation_interval). <value>The default is 1m.</value></summary>
    public TimeSpan EvaluationInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The most an alert may fire (transitions into firing) per day of <see cref="AlertHistory"/> before
    /// <c>policy/alerts/noisy</c> reports it. Two a day is the SRE workbook's page budget for one on-call shift.
    /// <value>The default is 2.</value>
    /// </summary>
    public double MaxFiringsPerDay { get; init; } = 2;

    /// <summary>The end of the replayed history. <value>The default is null: the run's clock (now).</value></summary>
    public DateTimeOffset? AlertHistoryEnd { get; init; }

    /// <summary>The slo-gates golden paths file (set by the gate from the slo-gates section) whose paths need a burn-rate alert. <value>The default is null: no coverage check.</value></summary>
    public string? GoldenPaths { get; init; }

    /// <summary>The git revision of the pull request's base; its rule files are replayed too, for the noise change. <value>The default is null.</value></summary>
    public string? BaseRef { get; init; }

    /// <summary>True when the pack is enabled.</summary>
    public bool Runs(string pack) => Packs.Contains(pack, StringComparer.Ordinal);
}
