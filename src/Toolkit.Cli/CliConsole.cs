namespace Toolkit.Cli;

/// <summary>Where the CLI writes: stdout for results, stderr for problems. Injected so tests read what users see.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsOutputRedirected)
{
    public static CliConsole System => new(Console.Out, Console.Error, Console.IsOutputRedirected);
}
