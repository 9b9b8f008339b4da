using Toolkit.Core.Waivers;

namespace Toolkit.Core.Verdicts;

/// <summary>A finding that a waiver covered, kept in the verdict so every exception stays visible.</summary>
public sealed record WaivedFinding(Finding Finding, Waiver Waiver);
