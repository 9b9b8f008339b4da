namespace Toolkit.Gates.SupplyChain.Lockfiles.Npm;

/// <summary>One resolved entry of a yarn.lock: the descriptors it satisfies, what it resolved to, and its dependencies.</summary>
internal sealed record YarnEntry(IReadOnlyList<string> Descriptors, string Name, string? Version, int Line)
{
    public string? Resolved { get; init; }

    public string? Integrity { get; init; }

    public IReadOnlyList<(string Name, string Range)> Dependencies { get; init; } = [];

    public IReadOnlyList<(string Name, string Range)> OptionalDependencies { get; init; } = [];
}
