namespace Toolkit.Core.Configuration;

/// <summary>A loaded configuration, or every problem that kept it from loading.</summary>
/// <typeparam name="T">What was loaded.</typeparam>
/// <param name="Value">The loaded value; null when it could not be loaded.</param>
/// <param name="Diagnostics">Every problem found, with file, line and column; empty when valid.</param>
public sealed record ConfigResult<T>(T? Value, IReadOnlyList<ConfigDiagnostic> Diagnostics)
    where T : class
{
    /// <summary>True when there is a value and no problem.</summary>
    public bool IsValid => Value is not null && Diagnostics.Count == 0;

    /// <summary>A valid result.</summary>
    public static ConfigResult<T> Ok(T value) => new(value, []);

    /// <summary>A result with no value and these problems.</summary>
    public static ConfigResult<T> Failed(IReadOnlyList<ConfigDiagnostic> diagnostics) => new(null, diagnostics);
}
