using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>
/// A real Prometheus (the Debian package) on a random loopback port, with the synthetic series loaded by
/// <c>promtool tsdb create-blocks-from openmetrics</c>. Started once per test collection, killed and deleted after.
/// </summary>
public sealed class PrometheusFixture : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private Process? server;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The timestamp of the last sample; tests evaluate here so results do not depend on the clock.</summary>
    public DateTimeOffset End { get; private set; }

    public string At => End.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        // Data ends a few minutes ago, on a step boundary, well inside the 30-day retention.
        var end = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / SyntheticSeries.StepSeconds * SyntheticSeries.StepSeconds) - (2 * SyntheticSeries.StepSeconds);
        End = DateTimeOffset.FromUnixTimeSeconds(end);
        var data = directory.Write("data.om", SyntheticSeries.Generate(end));
        var storage = directory.Combine("tsdb");
        await RunAsync("promtool", ["tsdb", "create-blocks-from", "openmetrics", "--max-block-duration=24h", data, storage]);
        var config = directory.Write("prometheus.yml", "global:\n  scrape_interval: 1m\n");
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        server = Process.Start(new ProcessStartInfo("prometheus")
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
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    public Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }

        server?.Dispose();
        directory.Dispose();
        return Task.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {server.ExitCode} before it was ready.");
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
