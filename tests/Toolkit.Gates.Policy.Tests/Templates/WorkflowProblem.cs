namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>One structural problem of a workflow file, at a 1-based line.</summary>
internal sealed record WorkflowProblem(int Line, string Message)
{
    public override string ToString() => $"{Line}: {Message}";
}
