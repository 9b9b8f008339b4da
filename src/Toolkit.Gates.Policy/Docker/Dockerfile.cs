namespace Toolkit.Gates.Policy.Docker;

/// <summary>A parsed Dockerfile: its instructions and the build stages they form.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="Instructions">Every instruction in order.</param>
/// <param name="EscapeCharacter">From the <c># escape=</c> directive; <c>\</c> by default.</param>
internal sealed record Dockerfile(string Path, IReadOnlyList<DockerInstruction> Instructions, char EscapeCharacter)
{
    /// <summary>ARG instructions before the first FROM, with their defaults (they may be used in FROM lines).</summary>
    public IReadOnlyDictionary<string, string> GlobalArgs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The stages, each starting at its FROM.</summary>
    public IReadOnlyList<DockerStage> Stages { get; init; } = [];
}
