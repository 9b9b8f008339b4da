using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Waivers;

/// <summary>Findings after waivers: what still counts, what was waived (and by which waiver), and the waivers' own findings.</summary>
public sealed record WaiverResult(IReadOnlyList<Finding> Remaining, IReadOnlyList<WaivedFinding> Waived);
