namespace Toolkit.Core.Processes;

/// <summary>Extras for one git run.</summary>
public sealed record GitRunOptions
{
    /// <summary>Text written to git's standard input (UTF-8, no BOM), or null for none. The default value is null.</summary>
    public string? Input { get; init; }

    /// <summary>Extra environment variables (an index file, an identity). The default value is none.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }
}
