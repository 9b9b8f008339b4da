using Toolkit.Core.Waivers;

namespace Toolkit.Core.Verdicts;

/// <summary>A finding that a waiver covered, kept in the verdict so every exception stays visible.</summary>
/// <param name="Finding">The finding, as the gate reported it.</param>
/// <param name="Waiver">The waiver that covered it.</param>
public sealed record WaivedFinding(Finding Finding, Waiver Waiver);
