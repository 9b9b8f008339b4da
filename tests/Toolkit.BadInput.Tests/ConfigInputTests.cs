namespace Toolkit.BadInput.Tests;

/// <summary>gates.yml that the loader must refuse with file:line:column and exit 2.</summary>
public sealed class ConfigInputTests
{
    [Fact]
    public async Task An_unknown_key_in_gates_yml_is_an_input_error_naming_file_and_line()
    {
        using var gate = new GateProcess().WithFile(".github/gates.yml", "version: 1\nsettings:\n  enviroment: stage\n");

        var result = await gate.RunAsync("config", "validate");

        result.AssertInputError(".github/gates.yml:3:3");
    }
}
