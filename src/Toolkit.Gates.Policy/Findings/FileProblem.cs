namespace Toolkit.Gates.Policy.Findings;

/// <summary>A file that could not be checked (invalid YAML, an empty Dockerfile ...): where, and what to do about it.</summary>
/// <param name="Message">What was not checked and the fix, without the location.</param>
internal sealed record FileProblem(string Path, int Line, int Column, string Message);
