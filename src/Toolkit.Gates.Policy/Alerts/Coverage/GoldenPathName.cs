namespace Toolkit.Gates.Policy.Alerts.Coverage;

/// <summary>A golden path of slo-gates as policy-ci needs it: its name and where it is declared.</summary>
internal sealed record GoldenPathName(string Name, string File, int Line, int Column);
