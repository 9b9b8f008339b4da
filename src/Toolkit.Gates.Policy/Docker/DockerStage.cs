namespace Toolkit.Gates.Policy.Docker;

/// <summary>A build stage: its FROM, the image it starts from (ARGs expanded), its alias and its instructions.</summary>
internal sealed record DockerStage(DockerInstruction From, string Image, string? Alias, IReadOnlyList<DockerInstruction> Instructions);
