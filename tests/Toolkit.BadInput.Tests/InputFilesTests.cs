using System.Diagnostics;

namespace Toolkit.BadInput.Tests;

/// <summary>User files that are not regular, readable, reasonably sized UTF-8 files: refused with the file named, never a hang or out-of-memory.</summary>
public sealed class InputFilesTests
{
    [Fact]
    public async Task A_gates_yml_that_is_a_directory_is_an_error_not_absent()
    {
        using var gate = new GateProcess();
        Directory.CreateDirectory(gate.Repo.Combine(".github", "gates.yml"));

        var result = await gate.RunAsync("config", "validate");

        result.AssertInputError(".github/gates.yml: error: is a directory");
    }

    [Fact]
    public async Task A_config_that_never_ends_is_refused_by_its_size()
    {
        using var gate = new GateProcess();

        var result = await gate.RunAsync("config", "validate", "--config", "/dev/zero");

        result.AssertInputError("/dev/zero");
    }

    [Fact]
    public async Task A_fifo_as_config_or_verdict_is_refused_without_waiting_for_a_writer()
    {
        using var gate = new GateProcess();
        Directory.CreateDirectory(gate.Repo.Combine(".github"));
        Directory.CreateDirectory(gate.Repo.Combine(Verdicts.Directory));
        MakeFifo(gate.Repo.Combine(".github", "gates.yml"));
        MakeFifo(gate.Repo.Combine(Verdicts.Directory, "policy-ci.verdict.json"));

        var config = await gate.RunAsync("config", "validate");
        var decide = await gate.RunAsync("decide", "--config", "/dev/null", "--require", "policy-ci");

        config.AssertInputError(".github/gates.yml: error: is not a regular file");
        decide.AssertNotPass();
        Assert.Contains("policy-ci.verdict.json: is not a regular file", decide.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_gates_yml_is_an_error_at_its_line_and_column()
    {
        using var gate = new GateProcess();
        Directory.CreateDirectory(gate.Repo.Combine(".github"));
        File.WriteAllBytes(gate.Repo.Combine(".github", "gates.yml"), [.. "version: 1\nsettings:\n  environment: st"u8, 0xC3, 0x28, .. "\n"u8]);

        var result = await gate.RunAsync("config", "validate");

        result.AssertInputError(".github/gates.yml:3:18: error: is not valid UTF-8");
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
