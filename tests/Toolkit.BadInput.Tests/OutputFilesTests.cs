using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>Where output goes: a pack is never written over a folder or an existing file, nor half-written; the runner's files must be writable.</summary>
public sealed class OutputFilesTests
{
    private const string Range = "1111111111111111111111111111111111111111..2222222222222222222222222222222222222222";

    [Fact]
    public async Task Evidence_pack_out_a_directory_is_an_input_error_and_leaves_nothing()
    {
        using var gate = WithVerdict();
        Directory.CreateDirectory(gate.Repo.Combine("packs"));
        var before = gate.Files();

        var result = await gate.RunAsync("evidence", "pack", "--version", "v1.0.0", "--key", "release.pem", "--commit-range", Range, "--out", "packs");

        result.AssertInputError("is a directory");
        Assert.DoesNotContain("written", result.Out, StringComparison.Ordinal);
        Assert.Equal(before, gate.Files());
    }

    [Fact]
    public async Task Evidence_pack_out_an_existing_file_is_refused_without_force_and_replaced_with_it()
    {
        using var gate = WithVerdict().WithFile("evidence.zip", "keep me");
        var before = gate.Files();

        var refused = await gate.RunAsync("evidence", "pack", "--version", "v1.0.0", "--key", "release.pem", "--commit-range", Range, "--out", "evidence.zip");

        refused.AssertInputError("--force");
        Assert.Equal("keep me", File.ReadAllText(gate.Repo.Combine("evidence.zip")));
        Assert.Equal(before, gate.Files());

        var forced = await gate.RunAsync("evidence", "pack", "--version", "v1.0.0", "--key", "release.pem", "--commit-range", Range, "--out", "evidence.zip", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal([.. before.Append("evidence.zip.sha256").Order(StringComparer.Ordinal)], gate.Files());
    }

    [Fact]
    public async Task Evidence_pack_out_empty_is_an_input_error_naming_the_option()
    {
        using var gate = WithVerdict();
        var before = gate.Files();

        var result = await gate.RunAsync("evidence", "pack", "--version", "v1.0.0", "--key", "release.pem", "--commit-range", Range, "--out", "");

        result.AssertInputError("--out must not be empty");
        Assert.Equal(before, gate.Files());
    }

    [Fact]
    public async Task Attest_refuses_to_replace_an_attestation_silently_and_replaces_it_with_force()
    {
        using var gate = WithVerdict().WithFile("dist/app.tgz", "bytes").WithFile("dist/app.tgz.intoto.jsonl", "published\n");

        var refused = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem");

        refused.AssertInputError("--force");
        Assert.Equal("published\n", File.ReadAllText(gate.Repo.Combine("dist", "app.tgz.intoto.jsonl")));

        var forced = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("payloadType", File.ReadAllText(gate.Repo.Combine("dist", "app.tgz.intoto.jsonl")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GITHUB_OUTPUT")]
    [InlineData("GITHUB_STEP_SUMMARY")]
    public async Task An_unwritable_runner_file_is_an_error_not_lost_output(string variable)
    {
        using var gate = new GateProcess();
        Directory.CreateDirectory(gate.Repo.Combine("runner"));
        gate.WithEnvironment(variable, gate.Repo.Combine("runner"));

        var result = await gate.RunAsync("config", "validate");

        result.AssertInputError(variable);
    }

    private static GateProcess WithVerdict()
    {
        var (privatePem, _) = Keys.P256();
        return new GateProcess()
            .WithFile("release.pem", privatePem)
            .WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", "\"pass\""));
    }
}
