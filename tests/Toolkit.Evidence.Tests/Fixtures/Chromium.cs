using System.Diagnostics;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests.Fixtures;

/// <summary>
/// Headless Chromium from PATH (the build's test prerequisites install it). Every run gets a fresh profile, and its
/// network is <paramref name="proxy"/>: a loopback proxy that serves nothing and records what was asked.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Executable { get; } = Find();

    public static Task<string> DumpDomAsync(string page, RecordingProxy proxy) => RunAsync(proxy, "--dump-dom", new Uri(page).AbsoluteUri);

    public static Task<string> ScreenshotAsync(string page, string png, int width, int height, RecordingProxy proxy) =>
        RunAsync(proxy, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

    private static async Task<string> RunAsync(RecordingProxy proxy, params string[] args)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions", "--no-pings",
            $"--user-data-dir={profile.Path}", $"--proxy-server=http://127.0.0.1:{proxy.Port}", "--proxy-bypass-list=<-loopback>",
            .. args,
        ])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout}: {await error}");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await error}");
        return await output;
    }

    private static string Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("Chromium is not on PATH (chromium or chromium-browser): run './build.sh --target Prerequisites' or 'apt-get install chromium'.");
    }
}
