namespace Toolkit.BadInput.Tests;

/// <summary>slo-gates inputs the CLI must refuse with exit 2 and a message naming the input, never a crash.</summary>
public sealed class SloBadInputTests
{
    [Theory]
    [InlineData("-99999999999")]
    [InlineData("yesterday")]
    [InlineData("NaN")]
    public async Task An_at_that_is_not_a_time_is_a_usage_error_naming_the_option_and_the_accepted_forms(string at)
    {
        // Given an SLO gate configured in gates.yml (so a problem of --at must not be blamed on it)
        using var gate = new GateProcess().WithFile(".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    prometheus_url: http://127.0.0.1:9\n");

        // When --at is not a time
        var result = await gate.RunAsync("slo", $"--at={at}");

        // Then it is exit 2 naming --at and both accepted forms, and gates.yml is not blamed
        result.AssertInputError($"--at '{at}' is not a time");
        Assert.Contains("RFC 3339", result.All, StringComparison.Ordinal);
        Assert.Contains("Unix seconds", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("gates.yml", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slo_file_with_an_unknown_openslo_field_is_an_input_error_naming_field_and_line()
    {
        // Given an OpenSLO SLO with a misspelt field
        using var gate = new GateProcess().WithFile("slo.yaml", "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: web\nspec:\n  service: web\n  budgetingMethd: Occurrences\n");

        // When the rules are generated from it
        var result = await gate.RunAsync("slo", "rules", "--golden-paths", "slo.yaml");

        // Then the field and its line are named
        result.AssertInputError("slo.yaml:7:3: error: unknown key 'budgetingMethd'.");
        Assert.Equal(["slo.yaml"], gate.Files());
    }
}
