using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class MigrationActionTests : ActionJob
{
    [Fact]
    public async Task New_migrations_of_the_pull_request_are_linted_statically_with_database_none()
    {
        // Given golang-migrate migrations: one on the base, and a pull request that adds a blocking index build
        using var repo = new GitRepository();
        repo.Write("db/migrations/000001_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n")
            .Write("db/migrations/000001_users.down.sql", "DROP TABLE users;\n")
            .Commit("base");
        var baseSha = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("db/migrations/000002_users_email.up.sql", "CREATE INDEX users_email ON users (email);\n")
            .Write("db/migrations/000002_users_email.down.sql", "DROP INDEX users_email;\n")
            .Commit("index users.email");
        using var job = PullRequestJob();
        ActionStep.SetPullRequestBase(job, baseSha);
        var step = new ActionStep("migration-gate", job, repo.Path);

        // When the step runs the action in static-only mode
        var exit = await step.RunAsync(new Dictionary<string, string> { ["database"] = "none" });

        // Then only the new migration is linted, and the non-concurrent index build fails the gate at its line
        Assert.Equal(1, exit);
        ActionAssert.GateReported(step, repo.Path, GateIds.Migrations, "fail");
        Assert.Contains("::error file=db/migrations/000002_users_email.up.sql,line=1", step.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("000001_users.up.sql,line", step.Out, StringComparison.Ordinal);
    }
}
