namespace Toolkit.Build.Prerequisites;

/// <summary>
/// What the test suites need installed. Tests start their own servers from these binaries; nothing here starts a service.
/// A gate whose tests need another tool adds a line.
/// </summary>
public static class TestPrerequisites
{
    /// <summary>Every prerequisite of the tests.</summary>
    public static IReadOnlyList<Prerequisite> All { get; } =
    [
        new("PostgreSQL server", "postgresql", ["initdb", "pg_ctl"], ["/usr/lib/postgresql/*/bin"]),
        new("Prometheus", "prometheus", ["prometheus", "promtool"], []),
        new("Git (tests build real repositories: base diffs, new migrations, CODEOWNERS coverage)", "git", ["git"], []),
        new("Chromium (evidence pack index.html rendered headless)", "chromium", ["chromium"], []),
    ];
}
