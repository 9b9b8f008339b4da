namespace Toolkit.GitHub.Tests.Client;

/// <summary>The fields of an issue the pagination replay reads.</summary>
public sealed record RecordedIssue(long Id, int Number, string Title);
