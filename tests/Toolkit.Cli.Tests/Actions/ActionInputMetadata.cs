namespace Toolkit.Cli.Tests.Actions;

/// <summary>An input as declared in action.yml.</summary>
internal sealed record ActionInputMetadata(string Name, string? Description, bool Required, string? Default);
