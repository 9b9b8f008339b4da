using Toolkit.Core.Verdicts;

namespace Toolkit.Evidence;

/// <summary>A verdict as the index page shows it: the verdict and where its file is in the pack.</summary>
internal sealed record PackedVerdict(GateVerdict Verdict, string PackPath);
