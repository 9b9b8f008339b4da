namespace Toolkit.Gates.Policy.Governance;

/// <summary>One CODEOWNERS line: its pattern, owners (possibly none, which un-assigns) and line number.</summary>
internal sealed record CodeOwnersEntry(string Pattern, IReadOnlyList<string> Owners, int Line);
