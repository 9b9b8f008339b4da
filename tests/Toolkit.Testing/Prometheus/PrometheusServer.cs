using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Toolkit.Testing.Prometheus;

/// <summary>
/// A real Prometheus (the Debian package) on a random loopback port, its TSDB built from OpenMetrics text by
/// <c>promtool tsdb create-blocks-from openmetrics</c>. Killed and its folder deleted on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly TempDirectory directory;
    private readonly Process process;

    private PrometheusServer(TempDirectory directory, Process process, Uri url)
    {
        this.directory = directory;
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Loads <paramref name="openMetrics"/> (ending in <c># EOF</c>) and starts Prometheus on it.</summary>
    public static async Task<PrometheusServer> StartAsync(string openMetrics)
    {
        var directory = new TempDirectory();
        var data = directory.Write("data.om", openMetrics);
        var storage = directory.Combine("tsdb");
        await RunAsync("promtool", ["tsdb", "create-blocks-from", "openmetrics", "--max-block-duration=24h", data, storage]);
        var config = directory.Write("prometheus.yml", "global:\n  scrape_interval: 1m\n");
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("prometheus")
        {
            ArgumentList =
            {
                $"--storage.tsdb.path={storage}",
                $"--web.listen-address=127.0.0.1:{port}",
                $"--config.file={config}",
                "--storage.tsdb.retention.time=30d",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory.Path,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(directory, process, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        directory.Dispose();
    }

    // Readiness is polled: Prometheus offers no other signal that its TSDB is open.
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("prometheus did not become ready within 60 s.");
    }

    private static async Task RunAsync(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
