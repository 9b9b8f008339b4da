using Toolkit.Core.Actions;

namespace Toolkit.Cli;

/// <summary>Where the CLI writes: stdout for results, stderr for problems. Injected so tests read what users see.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsOutputRedirected)
{
    /// <summary>Tokens to mask in everything written: output, verdicts, reports.</summary>
    public SecretMasker Secrets { get; init; } = new();

    public static CliConsole System => new(Console.Out, Console.Error, Console.IsOutputRedirected);
}
