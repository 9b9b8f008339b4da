using System.Diagnostics;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// A disk that fills up while reports are written (issue 18: "0-byte reports left behind"): the run is exit 2 with an
/// input/output error, and every report is whole or absent: no empty file, no temporary file. The reports go to a small
/// tmpfs mounted in a user and mount namespace of their own (<c>unshare -Urm</c>), which needs no privileges.
/// </summary>
public sealed class DiskFullTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_disk_that_fills_up_mid_report_leaves_whole_reports_or_none_and_exits_2()
    {
        // Given a repository with findings to report, and an output folder with 4 KiB left
        using var gate = new GateProcess()
            .WithFile("Dockerfile", "FROM alpine:3.22\nRUN curl https://example.com/install.sh | sh\n")
            .WithFile(".github/workflows/ci.yml", "on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n");
        var output = Directory.CreateDirectory(gate.Repo.Combine("full")).FullName;
        const string Script = """
            mount -t tmpfs -o size=12k tmpfs "$1" || exit 97
            head -c 8192 /dev/zero > "$1/filler"
            shift
            "$@"
            echo "exit=$?"
            find "$OUT" -type f -printf 'file=%s %P\n'
            """;

        // When the gate writes its reports there
        var (exitCode, printed) = await RunAsync(gate.Repo.Path, output, ["unshare", "-Urm", "sh", "-c", Script, "sh", output, "dotnet", Path.Combine(AppContext.BaseDirectory, "gate.dll"), "policy", "--publish", "none", "--out", output]);

        // Then it says so and exits 2, and nothing half-written is left: no empty report, no temporary file
        Assert.True(exitCode == 0, $"unshare failed ({exitCode}):\n{printed}");
        Assert.Contains("exit=2", printed, StringComparison.Ordinal);
        Assert.Contains("No space left on device", printed, StringComparison.Ordinal);
        Assert.Matches(@"error: input/output error: cannot write \S+/full/policy-ci\.[a-z.]+: No space left on device", printed);
        var left = printed.Split('\n').Where(l => l.StartsWith("file=", StringComparison.Ordinal)).Select(l => l[5..]).ToList();
        Assert.Contains("8192 filler", left);
        Assert.DoesNotContain(left, l => l.StartsWith("0 ", StringComparison.Ordinal) || l.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static async Task<(int ExitCode, string Printed)> RunAsync(string directory, string output, string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command[1..])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OUT"] = output;
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
