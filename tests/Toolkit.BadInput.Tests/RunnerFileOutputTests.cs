namespace Toolkit.BadInput.Tests;

/// <summary>
/// <c>GITHUB_OUTPUT</c> and <c>GITHUB_STEP_SUMMARY</c> that cannot be written (issue 18: outputs lost silently): a
/// directory, a read-only file, or a full disk met mid-write (<c>/dev/full</c>) is exit 2 naming the variable and the
/// path, and the verdict is still written, so the run's evidence survives.
/// </summary>
public sealed class RunnerFileOutputTests
{
    private const string Dockerfile = "FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1\nUSER 1000\n";

    public static TheoryData<string, string> Cases() => new()
    {
        { "GITHUB_OUTPUT", "directory" },
        { "GITHUB_OUTPUT", "read-only" },
        { "GITHUB_OUTPUT", "disk full" },
        { "GITHUB_STEP_SUMMARY", "directory" },
        { "GITHUB_STEP_SUMMARY", "read-only" },
        { "GITHUB_STEP_SUMMARY", "disk full" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_gate_run_whose_runner_file_cannot_be_written_exits_2_and_still_writes_its_verdict(string variable, string how)
    {
        // Given a gate run in GitHub Actions whose runner file cannot be written
        using var gate = new GateProcess().WithFile("Dockerfile", Dockerfile).WithFile(".github/CODEOWNERS", "* @acme/team\n");
        var path = Unwritable(gate, how);
        gate.WithEnvironment("GITHUB_ACTIONS", "true").WithEnvironment(variable, path);

        // When the gate runs
        var result = await gate.RunAsync("policy", "--publish", "none");

        // Then it is exit 2 naming the variable and the path, and the verdict is written all the same
        result.AssertInputError(variable);
        Assert.Contains(path, result.All, StringComparison.Ordinal);
        Assert.Contains("Dockerfile", File.ReadAllText(gate.Repo.Combine("artifacts", "gates", "policy-ci.verdict.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GITHUB_OUTPUT")]
    [InlineData("GITHUB_STEP_SUMMARY")]
    public async Task A_decision_whose_runner_file_fills_the_disk_exits_2_and_still_writes_the_decision(string variable)
    {
        using var gate = new GateProcess()
            .WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", "\"pass\""))
            .WithEnvironment("GITHUB_ACTIONS", "true")
            .WithEnvironment(variable, "/dev/full");

        var result = await gate.RunAsync("decide", "--config", "/dev/null", "--require", "policy-ci");

        result.AssertInputError($"cannot write {variable} (/dev/full)");
        Assert.True(File.Exists(gate.Repo.Combine("artifacts", "gates", "decision.json")), result.All);
    }

    /// <summary>A runner file path that cannot be written the <paramref name="how"/> way.</summary>
    private static string Unwritable(GateProcess gate, string how)
    {
        switch (how)
        {
            case "directory":
                return Directory.CreateDirectory(gate.Repo.Combine("runner")).FullName;
            case "read-only" when OperatingSystem.IsWindows():
                throw new PlatformNotSupportedException("file modes are Unix; the bad-input suite runs on Linux.");
            case "read-only":
                var file = gate.Repo.Write("runner/file", string.Empty);
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                gate.HonouringFileModes();
                return file;
            default:
                return "/dev/full";
        }
    }
}
