using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Toolkit.BadInput.Tests;

/// <summary>Issue 18 for the migration dry run: an interrupted run leaves no PostgreSQL and no temp directory.</summary>
[Trait("Needs", "PostgreSQL")]
public sealed class MigrationDryRunBadInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData(PosixSignal.SIGTERM, 143)]
    [InlineData(PosixSignal.SIGINT, 130)]
    public async Task A_signal_mid_dry_run_stops_the_cluster_and_removes_its_directory(PosixSignal signal, int exitCode)
    {
        // Given a migration that reports where the dry run's cluster lives, then keeps it busy
        var marker = Path.Combine(Path.GetTempPath(), $"toolkit-dry-run-marker-{Guid.NewGuid():N}");
        using var gate = new GateProcess()
            .WithFile("db/1_busy.up.sql", $"COPY (SELECT current_setting('data_directory')) TO '{marker}';\nSELECT pg_sleep(120);\n")
            .WithFile("db/1_busy.down.sql", "SELECT 1;\n");

        // When the gate is mid dry run (the up is running: the server wrote the marker) and gets the signal
        using var process = Start(gate.Repo.Path, "migrations", "--dir", "db", "--database", "auto");
        try
        {
            var dataDirectory = await WaitForMarkerAsync(marker, process);
            var clusterDirectory = Path.GetDirectoryName(dataDirectory)!;
            Assert.True(Directory.Exists(clusterDirectory));
            Assert.NotEmpty(ProcessesUsing(dataDirectory));
            Assert.Equal(0, Kill(process.Id, signal == PosixSignal.SIGTERM ? 15 : 2));
            using var timeout = new CancellationTokenSource(Limit);
            await process.WaitForExitAsync(timeout.Token);

            // Then it exits with the signal's code, and neither the server nor its directory is left
            Assert.Equal(exitCode, process.ExitCode);
            Assert.Empty(ProcessesUsing(dataDirectory));
            Assert.False(Directory.Exists(clusterDirectory), $"{clusterDirectory} was left behind");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            File.Delete(marker);
        }
    }

    private static Process Start(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gate.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(n => n.StartsWith("GITHUB_", StringComparison.Ordinal) || n.StartsWith("INPUT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls for the file the server writes from inside the running migration (the observable sync point).</summary>
    private static async Task<string> WaitForMarkerAsync(string marker, Process process)
    {
        using var timeout = new CancellationTokenSource(Limit);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await tick.WaitForNextTickAsync(timeout.Token))
        {
            Assert.False(process.HasExited, "the gate ended before its dry run started");
            if (File.Exists(marker) && File.ReadAllText(marker).Trim() is { Length: > 0 } data)
            {
                return data;
            }
        }

        throw new TimeoutException("the dry run never started");
    }

    /// <summary>Process ids whose command line names <paramref name="dataDirectory"/> (the postmaster and its children).</summary>
    private static List<int> ProcessesUsing(string dataDirectory) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => (Id: int.TryParse(Path.GetFileName(d), out var id) ? id : 0, Path: Path.Combine(d, "cmdline")))
            .Where(p => p.Id > 0 && ReadOrEmpty(p.Path).Contains(dataDirectory, StringComparison.Ordinal))
            .Select(p => p.Id)];

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
