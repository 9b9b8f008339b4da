namespace Toolkit.Core.Configuration;

/// <summary>A loaded configuration, or every problem that kept it from loading.</summary>
public sealed record ConfigResult<T>(T? Value, IReadOnlyList<ConfigDiagnostic> Diagnostics)
    where T : class
{
    public bool IsValid => Value is not null && Diagnostics.Count == 0;

    public static ConfigResult<T> Ok(T value) => new(value, []);

    public static ConfigResult<T> Failed(IReadOnlyList<ConfigDiagnostic> diagnostics) => new(null, diagnostics);
}
