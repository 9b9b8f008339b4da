namespace Toolkit.Build.Framework;

/// <summary>The build's command line, Cake's: <c>--target</c>, <c>--configuration</c>, <c>--verbosity</c>.</summary>
/// <param name="Target">The task to run. The default value is <c>Default</c>.</param>
/// <param name="Configuration">Debug or Release. The default value is <c>Release</c>.</param>
/// <param name="Verbosity">quiet, minimal, normal, verbose or diagnostic; null leaves the tools at their default.</param>
/// <param name="ShowHelp">True for <c>--help</c>: print usage and the targets, run nothing.</param>
public sealed record BuildArguments(string Target, string Configuration, string? Verbosity, bool ShowHelp)
{
    /// <summary>The target run when none is given.</summary>
    public const string DefaultTarget = "Default";

    /// <summary>The configurations the solution has.</summary>
    public static IReadOnlyList<string> Configurations { get; } = ["Debug", "Release"];

    /// <summary>Cake's verbosity names.</summary>
    public static IReadOnlyList<string> Verbosities { get; } = ["quiet", "minimal", "normal", "verbose", "diagnostic"];

    /// <summary>The usage text.</summary>
    public const string Usage = "Usage: ./build.sh [--target <Task>] [--configuration Debug|Release] [--verbosity quiet|minimal|normal|verbose|diagnostic] [--help]";

    /// <summary>Parses <c>--name value</c>, <c>--name=value</c> and the short forms <c>-t</c>, <c>-c</c>, <c>-v</c>.</summary>
    public static ArgumentsResult Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new BuildArguments(DefaultTarget, "Release", null, false);
        var errors = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (name is "--help" or "-h" or "-?")
            {
                parsed = parsed with { ShowHelp = true };
                continue;
            }

            if (name is not ("--target" or "-t" or "--configuration" or "-c" or "--verbosity" or "-v"))
            {
                errors.Add($"Unknown argument '{args[i]}'.");
                continue;
            }

            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                value = args[++i];
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{name} needs a value.");
                continue;
            }

            parsed = name switch
            {
                "--target" or "-t" => parsed with { Target = value },
                "--configuration" or "-c" => parsed with { Configuration = OneOf(value, Configurations, name, errors) },
                _ => parsed with { Verbosity = OneOf(value, Verbosities, name, errors).ToLowerInvariant() },
            };
        }

        return new ArgumentsResult(errors.Count == 0 ? parsed : null, errors);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith('-') && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    // Case-insensitive, but the value is normalised to the canonical spelling (msbuild's Configuration is case-sensitive
    // in output paths: bin/release and bin/Release would both appear).
    private static string OneOf(string value, IReadOnlyList<string> allowed, string name, List<string> errors)
    {
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add($"{name} must be one of {string.Join(", ", allowed)}; got '{value}'.");
        }

        return match ?? value;
    }
}
