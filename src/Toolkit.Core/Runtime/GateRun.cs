using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>A finished gate run: its verdict and the report files written.</summary>
public sealed record GateRun(GateVerdict Verdict, IReadOnlyList<string> Files);
