using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Runtime;

/// <summary>A finished gate run: its verdict and the report files written.</summary>
/// <param name="Verdict">The verdict, after waivers and secret masking.</param>
/// <param name="Files">Absolute paths of the reports written, the JSON verdict first.</param>
public sealed record GateRun(GateVerdict Verdict, IReadOnlyList<string> Files);
