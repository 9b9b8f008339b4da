namespace Toolkit.Core.Reporting;

/// <summary>One <c>&lt;testcase&gt;</c>: a threshold, a finding, or the verdict itself.</summary>
internal sealed record JUnitTestCase(string ClassName, string Name, JUnitOutcome Outcome, string? Message = null, string? Text = null)
{
    /// <summary>Shown as <c>&lt;system-out&gt;</c> for passing cases (warnings and notes).</summary>
    public string? Output { get; init; }
}
