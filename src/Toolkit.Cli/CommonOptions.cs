using System.CommandLine;

namespace Toolkit.Cli;

/// <summary>The options every gate command shares, defined once.</summary>
internal sealed class CommonOptions
{
    public static readonly string[] FormatNames = ["json", "markdown", "sarif", "junit"];

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Path of the gates configuration. Default: .github/gates.yml (defaults apply when it is absent).",
        HelpName = "file",
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Directory for verdicts, reports and evidence. Default: settings.output, else artifacts/gates.",
        HelpName = "dir",
    };

    public Option<string[]> Format { get; } = CreateFormat();

    public Option<string?> Env { get; } = new("--env")
    {
        Description = "Environment the verdict is for (dev, stage, prod, a preview). Default: settings.environment.",
        HelpName = "name",
    };

    public Option<string?> FailOn { get; } = CreateFailOn();

    public Option<string?> Repo { get; } = new("--repo")
    {
        Description = "Repository root to check. Default: the current directory.",
        HelpName = "dir",
    };

    public IEnumerable<Option> All => [Config, Out, Format, Env, FailOn, Repo];

    private static Option<string[]> CreateFormat()
    {
        var option = new Option<string[]>("--format", "-f")
        {
            Description = "Report format to write, repeatable: json, markdown, sarif, junit. Default: settings.formats (json, markdown, sarif). The JSON verdict is always written.",
            HelpName = "format",
            AllowMultipleArgumentsPerToken = false,
        };
        option.AcceptOnlyFromAmong(FormatNames);
        return option;
    }

    private static Option<string?> CreateFailOn()
    {
        var option = new Option<string?>("--fail-on")
        {
            Description = "Lowest verdict that fails the run: fail (default) or warn.",
            HelpName = "level",
        };
        option.AcceptOnlyFromAmong("fail", "warn");
        return option;
    }
}
