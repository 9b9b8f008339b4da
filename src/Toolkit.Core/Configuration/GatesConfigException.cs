namespace Toolkit.Core.Configuration;

/// <summary>
/// Thrown by <see cref="Runtime.GateSession.Open"/> only, for callers (build scripts) where a failed step is an exception.
/// The message lists every problem as <c>file:line:column: message</c>.
/// </summary>
public sealed class GatesConfigException : Exception
{
    /// <summary>An exception with no diagnostics (the standard exception constructor).</summary>
    public GatesConfigException()
        : this([])
    {
    }

    /// <summary>An exception with this message and no diagnostics.</summary>
    public GatesConfigException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>An exception with this message and cause, and no diagnostics.</summary>
    public GatesConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>An exception whose message lists <paramref name="diagnostics"/>, one per line.</summary>
    public GatesConfigException(IReadOnlyList<ConfigDiagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found in the file.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<ConfigDiagnostic> diagnostics) =>
        "gates.yml is not valid:" + string.Concat(diagnostics.Select(d => Environment.NewLine + "  " + d));
}
