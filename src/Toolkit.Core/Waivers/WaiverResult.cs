using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Waivers;

/// <summary>Findings after waivers: what still counts, what was waived (and by which waiver), and the waivers' own findings.</summary>
/// <param name="Remaining">Findings that still count, plus an error per expired waiver and a warning per unused one.</param>
/// <param name="Waived">Findings a live waiver covered.</param>
public sealed record WaiverResult(IReadOnlyList<Finding> Remaining, IReadOnlyList<WaivedFinding> Waived);
