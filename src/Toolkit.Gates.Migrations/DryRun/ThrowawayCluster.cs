using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// A PostgreSQL cluster in a temp directory on a free loopback port, for dry runs and tests: initdb, pg_ctl start
/// (fsync off), readiness by polling a real connection, and on dispose <c>pg_ctl stop -m immediate</c> and the
/// directory removed. As root it runs the server as the <c>postgres</c> user, because initdb refuses root. The same
/// stop runs when the process exits while the cluster is up (SIGTERM or Ctrl+C cancel the run, then the process ends),
/// so an interrupted dry run leaves neither a postgres process nor its directory.
/// </summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly string binaries;
    private readonly string? runAs;
    private readonly Lock stopLock = new();
    private readonly EventHandler onProcessExit;
    private readonly PosixSignalRegistration[] signals;
    private bool stopped;

    private ThrowawayCluster(string directory, string binaries, string? runAs, int port)
    {
        Directory = directory;
        this.binaries = binaries;
        this.runAs = runAs;
        Port = port;
        onProcessExit = (_, _) => Stop();
        AppDomain.CurrentDomain.ProcessExit += onProcessExit;
        signals = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal)];
    }

    /// <summary>
    /// SIGTERM (a cancelled CI job) or Ctrl+C while the cluster is up: stop what is starting, stop the server, remove
    /// the directory, then end the process with the signal's conventional code. No verdict is written for a killed run.
    /// </summary>
    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        ProcessRunner.KillAll();
        Stop();
        Environment.Exit(context.Signal == PosixSignal.SIGINT ? 130 : 143);
    }

    /// <summary>The temp directory holding data, socket and log.</summary>
    public string Directory { get; }

    public int Port { get; }

    private string DataDirectory => Path.Combine(Directory, "data");

    private string LogFile => Path.Combine(Directory, "server.log");

    /// <summary>A connection string for <paramref name="database"/> as the superuser <c>postgres</c>.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = false,
            Timeout = 15,
            CommandTimeout = 300,
        }.ConnectionString;

    /// <summary>Initialises and starts a cluster; throws <see cref="ClusterException"/> with the server log when it cannot.</summary>
    public static async Task<ThrowawayCluster> StartAsync(string? binDirectory, CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.Find(binDirectory)
            ?? throw new ClusterException("PostgreSQL server binaries (initdb, pg_ctl) were not found; install the postgresql package, set migration-gate.postgres_bin, or pass --database none.");
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var directory = Path.Combine(Path.GetTempPath(), "toolkit-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var cluster = new ThrowawayCluster(directory, bin, runAs, FreePort());
        try
        {
            await cluster.InitAsync(cancellationToken).ConfigureAwait(false);
            await cluster.StartServerAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken) => CreateDatabaseAsync(name, null, cancellationToken);

    /// <summary>Drops a database the dry run no longer needs, so the cluster stays small (and quick to remove).</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Creates a database as a copy of <paramref name="template"/> (null: empty) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // PostgreSQL 15 copies a template block by block through the WAL by default; for the small databases of a dry
            // run, copying the files (one checkpoint, cheap with fsync off) takes a fraction of that.
            var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY = FILE_COPY" : string.Empty;
            var command = new NpgsqlCommand($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(template ?? "template0")}{strategy}", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync() => await Task.Run(Stop).ConfigureAwait(false);

    /// <summary>
    /// Stops the server and removes the directory, once, synchronously: it also runs from the process-exit handler,
    /// where nothing asynchronous is awaited. A second caller waits for the first to finish.
    /// </summary>
    private void Stop()
    {
        lock (stopLock)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            AppDomain.CurrentDomain.ProcessExit -= onProcessExit;
            foreach (var signal in signals)
            {
                signal.Dispose();
            }

            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                var path = Path.Combine(binaries, "pg_ctl");
                string[] stop = ["stop", "-D", DataDirectory, "-m", "immediate", "-w"];
                _ = runAs is null ? ProcessRunner.Run(path, stop) : ProcessRunner.Run("runuser", ["-u", runAs, "--", path, .. stop]);
            }

            RemoveDirectory();
        }
    }

    /// <summary>A program killed a moment ago may still be writing: a few bounded attempts, never a failed run.</summary>
    private void RemoveDirectory()
    {
        for (var attempt = 0; attempt < 5 && System.IO.Directory.Exists(Directory); attempt++)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        if (runAs is not null)
        {
            var (chownExit, chownOutput) = await ProcessRunner.RunAsync("chown", [$"{runAs}:", Directory], cancellationToken).ConfigureAwait(false);
            if (chownExit != 0)
            {
                throw new ClusterException($"Could not hand {Directory} to the '{runAs}' user (initdb refuses to run as root): {chownOutput.Trim()}");
            }
        }

        var (exit, output) = await RunAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new ClusterException($"initdb failed (exit {exit}): {output.Trim()}");
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var options = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-c unix_socket_directories={Directory}",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c max_connections=50 -c shared_buffers=32MB");
        var (exit, output) = await RunAsync("pg_ctl", ["start", "-D", DataDirectory, "-l", LogFile, "-o", options], cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new ClusterException($"pg_ctl start failed (exit {exit}): {output.Trim()} {ServerLog()}");
        }

        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        var delay = TimeSpan.FromMilliseconds(20);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var connection = new NpgsqlConnection(ConnectionString());
                await using (connection.ConfigureAwait(false))
                {
                    await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            catch (NpgsqlException ex)
            {
                last = ex;
            }

            // Polling a real connection with a short, growing back-off: the server decides when it is ready.
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }

        throw new ClusterException($"PostgreSQL did not accept connections on 127.0.0.1:{Port} within {ReadyTimeout.TotalSeconds:0}s ({last?.Message}). {ServerLog()}");
    }

    private string ServerLog() => File.Exists(LogFile) ? "Server log: " + string.Join(" | ", File.ReadLines(LogFile).TakeLast(5)) : string.Empty;

    private Task<(int Exit, string Output)> RunAsync(string program, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var path = Path.Combine(binaries, program);
        return runAs is null
            ? ProcessRunner.RunAsync(path, args, cancellationToken)
            : ProcessRunner.RunAsync("runuser", ["-u", runAs, "--", path, .. args], cancellationToken);
    }
}
