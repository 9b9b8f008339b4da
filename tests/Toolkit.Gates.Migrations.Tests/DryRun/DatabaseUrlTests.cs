using Npgsql;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

public sealed class DatabaseUrlTests
{
    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("postgres://ci:s%40cret@127.0.0.1:5433/scratch?sslmode=disable"));

        Assert.Equal(("127.0.0.1", 5433, "scratch", "ci", "s@cret", SslMode.Disable), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
    }

    [Fact]
    public void A_connection_string_is_kept()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("Host=localhost;Database=x"));

        Assert.Equal(("localhost", "x"), (builder.Host, builder.Database));
    }
}
