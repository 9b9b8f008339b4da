namespace Toolkit.Core.Actions;

/// <summary>How many annotations <see cref="AnnotationWriter"/> writes.</summary>
public sealed record AnnotationOptions
{
    /// <summary>
    /// The most annotations written per severity level (error, warning, notice). GitHub shows at most 10 error and
    /// 10 warning annotations per step and 50 per job, so more are noise. The default value is 10.
    /// </summary>
    public int MaxPerLevel { get; init; } = 10;
}
