namespace Toolkit.GitHub.Tests.Client;

/// <summary>The body of the recorded label creation that GitHub rejected.</summary>
public sealed record RecordedLabel(string Name, string Color);
