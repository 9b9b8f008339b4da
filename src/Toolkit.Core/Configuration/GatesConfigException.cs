namespace Toolkit.Core.Configuration;

/// <summary>
/// Thrown by <see cref="Runtime.GateSession.Open"/> only, for callers (build scripts) where a failed step is an exception.
/// The message lists every problem as <c>file:line:column: message</c>.
/// </summary>
public sealed class GatesConfigException : Exception
{
    public GatesConfigException()
        : this([])
    {
    }

    public GatesConfigException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public GatesConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

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
