using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// <c>gate decide</c> and <c>gate evidence pack</c> over verdict files that are not what a gate writes: every file is
/// checked against schemas/verdict.schema.json, so nothing malformed or duplicated can turn the decision into a GO.
/// </summary>
public sealed class DecideBadInputTests
{
    private const string Range = "1111111111111111111111111111111111111111..2222222222222222222222222222222222222222";

    [Fact]
    public async Task Two_verdict_files_for_one_gate_are_a_no_go_naming_both_files()
    {
        using var gate = new GateProcess()
            .WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", "\"fail\""))
            .WithFile(Verdicts.Path("zz.verdict.json"), Verdicts.Json("policy-ci", "\"pass\""));

        var result = await gate.RunAsync("decide", "--require", "policy-ci");

        result.AssertNotPass();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("policy-ci.verdict.json and zz.verdict.json: two verdicts for gate 'policy-ci'", result.All, StringComparison.Ordinal);
        Assert.Contains("NO-GO", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("-1")]
    [InlineData("\"passed\"")]
    [InlineData("null")]
    public async Task A_verdict_that_is_not_a_status_is_a_no_go_naming_the_file(string verdict)
    {
        using var gate = new GateProcess().WithFile(Verdicts.Path("policy-ci.verdict.json"), Verdicts.Json("policy-ci", verdict));

        var result = await gate.RunAsync("decide", "--require", "policy-ci");

        result.AssertNotPass();
        Assert.Contains("policy-ci.verdict.json: does not match schemas/verdict.schema.json: /verdict", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verdict_missing_fields_is_a_no_go_naming_the_file_and_what_is_missing()
    {
        using var gate = new GateProcess().WithFile(Verdicts.Path("policy-ci.verdict.json"), "{\"gate\":\"policy-ci\",\"verdict\":\"pass\"}\n");

        var result = await gate.RunAsync("decide", "--require", "policy-ci");

        result.AssertNotPass();
        Assert.Contains("policy-ci.verdict.json: does not match schemas/verdict.schema.json", result.All, StringComparison.Ordinal);
        Assert.Contains("summary", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_configured_and_no_verdicts_is_an_input_error_saying_nothing_was_checked()
    {
        using var gate = new GateProcess();

        var result = await gate.RunAsync("decide");

        result.AssertInputError("no gate was checked");
        Assert.Empty(gate.Files());
    }

    [Fact]
    public async Task Evidence_pack_given_a_verdict_missing_fields_is_an_input_error_naming_the_file_and_writes_nothing()
    {
        var (privatePem, _) = Keys.P256();
        using var gate = new GateProcess()
            .WithFile("release.pem", privatePem)
            .WithFile(Verdicts.Path("policy-ci.verdict.json"), "{\"gate\":\"policy-ci\",\"verdict\":\"pass\"}\n");

        var result = await gate.RunAsync("evidence", "pack", "--version", "v1.0.0", "--key", "release.pem", "--commit-range", Range);

        result.AssertInputError("policy-ci.verdict.json");
        Assert.Equal(["artifacts/gates/policy-ci.verdict.json", "release.pem"], gate.Files());
    }
}
