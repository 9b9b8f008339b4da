namespace Toolkit.Cli.Tests.Actions;

/// <summary>An output as declared in action.yml.</summary>
internal sealed record ActionOutputMetadata(string Name, string? Description);
