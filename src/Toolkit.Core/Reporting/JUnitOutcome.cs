namespace Toolkit.Core.Reporting;

/// <summary>What a JUnit test case says about one check.</summary>
internal enum JUnitOutcome
{
    Passed,
    Failure,
    Error,
    Skipped,
}
