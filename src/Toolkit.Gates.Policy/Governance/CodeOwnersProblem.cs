namespace Toolkit.Gates.Policy.Governance;

/// <summary>A CODEOWNERS line GitHub would not accept, with its line and column.</summary>
internal sealed record CodeOwnersProblem(int Line, int Column, string Message);
