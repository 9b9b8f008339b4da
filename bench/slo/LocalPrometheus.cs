using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Toolkit.Bench.Slo;

/// <summary>A Prometheus on a free loopback port with <c>svc0..svcN</c> request counters (3.5 days, 1-minute steps).</summary>
internal sealed class LocalPrometheus : IAsyncDisposable
{
    private readonly Process process;

    private LocalPrometheus(Process process, Uri url, DateTimeOffset end)
    {
        this.process = process;
        Url = url;
        End = end;
    }

    public Uri Url { get; }

    public DateTimeOffset End { get; }

    public static async Task<LocalPrometheus> StartAsync(string work, int services)
    {
        var end = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60) - 120;
        var data = new StringBuilder("# TYPE http_requests counter\n");
        for (var s = 0; s < services; s++)
        {
            foreach (var code in new[] { "200", "500" })
            {
                var value = 0.0;
                for (var t = end - (long)TimeSpan.FromDays(3.5).TotalSeconds; t <= end; t += 60)
                {
                    value += code == "500" ? 0.6 * (s % 5) : 600;
                    data.Append(CultureInfo.InvariantCulture, $"http_requests_total{{code=\"{code}\",service=\"svc{s}\"}} {value:0.##} {t}\n");
                }
            }
        }

        data.Append("# EOF\n");
        var file = Path.Combine(work, "data.om");
        await File.WriteAllTextAsync(file, data.ToString());
        var clock = Stopwatch.StartNew();
        await Run("promtool", "tsdb", "create-blocks-from", "openmetrics", "--max-block-duration=24h", file, Path.Combine(work, "tsdb"));
        Console.WriteLine($"  loaded {services * 2} series x {(int)TimeSpan.FromDays(3.5).TotalMinutes} samples with promtool in {clock.Elapsed.TotalSeconds:0.0} s");
        var config = Path.Combine(work, "prometheus.yml");
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 1m\n");
        var port = FreePort();
        var info = new ProcessStartInfo("prometheus") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { $"--storage.tsdb.path={Path.Combine(work, "tsdb")}", $"--web.listen-address=127.0.0.1:{port}", $"--config.file={config}", "--storage.tsdb.retention.time=30d" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(url, "-/ready"))).IsSuccessStatusCode)
                {
                    return new LocalPrometheus(process, url, DateTimeOffset.FromUnixTimeSeconds(end));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("prometheus did not become ready");
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static async Task Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(await stderr + await stdout);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
