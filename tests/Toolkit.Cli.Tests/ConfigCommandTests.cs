using System.Text.Json;
using Toolkit.Cli.Tests.Fakes;
using Toolkit.Core.Gates;

namespace Toolkit.Cli.Tests;

public sealed class ConfigCommandTests
{
    [Fact]
    public async Task Validate_reports_a_valid_file_with_its_gates()
    {
        using var cli = new CliHarness(new ScriptedGateCommand(GateIds.Policy, _ => new GateOutcome("ok"))).WithConfig("gates:\n  policy-ci: {}\n");

        var exit = await cli.RunAsync("config", "validate");

        Assert.Equal(0, exit);
        Assert.Contains(".github/gates.yml is valid: 1 gate enabled (policy-ci), 0 waivers.", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_exits_2_for_a_bad_file()
    {
        using var cli = new CliHarness().WithConfig("waivers:\n  - gate: policy-ci\n    rule: x\n    reason: r\n    owner: o\n    expires: tomorrow\n");

        var exit = await cli.RunAsync("config", "validate");

        Assert.Equal(2, exit);
        Assert.Contains(".github/gates.yml:6:14: error: 'expires' must be a date written YYYY-MM-DD, not 'tomorrow'.", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Schema_prints_a_json_schema(bool verdict)
    {
        using var cli = new CliHarness();

        var exit = await cli.RunRawAsync(verdict ? ["config", "schema", "--verdict"] : ["config", "schema"]);

        Assert.Equal(0, exit);
        using var schema = JsonDocument.Parse(cli.Out);
        Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
    }
}
