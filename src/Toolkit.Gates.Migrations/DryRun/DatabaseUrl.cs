using System.Globalization;
using Npgsql;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Accepts both <c>postgres://user:pass@host:port/db</c> URLs and Npgsql connection strings.</summary>
internal static class DatabaseUrl
{
    /// <summary>The Npgsql connection string for <paramref name="value"/>; throws <see cref="ArgumentException"/> when it is neither form.</summary>
    public static string ToConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }

        var uri = new Uri(value);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':', 2)[0]);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Pooling = false,
        };
        if (user.Length > 0)
        {
            builder.Username = user;
        }

        if (uri.UserInfo.Split(':', 2) is [_, var password])
        {
            builder.Password = Uri.UnescapeDataString(password);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, setting) = pair.Split('=', 2) is [var k, var v] ? (k, Uri.UnescapeDataString(v)) : (pair, string.Empty);
            if (key == "sslmode")
            {
                builder.SslMode = Enum.Parse<SslMode>(setting, ignoreCase: true);
            }
            else if (key == "connect_timeout")
            {
                builder.Timeout = int.Parse(setting, CultureInfo.InvariantCulture);
            }
        }

        return builder.ConnectionString;
    }
}
