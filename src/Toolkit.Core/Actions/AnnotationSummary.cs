namespace Toolkit.Core.Actions;

/// <summary>What <see cref="AnnotationWriter.Write"/> did.</summary>
/// <param name="Written">Annotations written.</param>
/// <param name="Duplicates">Findings skipped because an identical one (file, line, rule, message) was written.</param>
/// <param name="Overflow">Findings over the cap, pointed at by the overflow notice.</param>
public sealed record AnnotationSummary(int Written, int Duplicates, int Overflow);
