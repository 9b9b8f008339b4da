using Toolkit.Core.Runtime;

namespace Toolkit.Core.Reporting;

/// <summary>How <see cref="ConsoleVerdictReport"/> writes: coloured for a person at a terminal, plain for logs.</summary>
public sealed record ConsoleStyle
{
    /// <summary>Plain ASCII output at the default width, as in CI logs and snapshot tests.</summary>
    public static ConsoleStyle Plain { get; } = new();

    /// <summary>
    /// Whether to use ANSI colours and a Unicode table border.
    /// <value>The default value is false.</value>
    /// </summary>
    public bool Color { get; init; }

    /// <summary>
    /// The width in columns that tables and long lines wrap at.
    /// <value>The default value is 100.</value>
    /// </summary>
    public int Width { get; init; } = 100;

    /// <summary>
    /// Colour only for a person at a terminal: not in CI, not redirected, and <c>NO_COLOR</c> unset (no-color.org).
    /// </summary>
    public static ConsoleStyle Detect(RunEnvironment environment, bool isOutputRedirected)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new ConsoleStyle { Color = !environment.IsCi && !isOutputRedirected && environment.Get("NO_COLOR") is null };
    }
}
