namespace Toolkit.Gates.Policy.Workflows;

/// <summary>What checking one workflow document found: its findings, or the problem that kept its jobs from being checked.</summary>
internal sealed record WorkflowResult(IReadOnlyList<Finding> Findings, FileProblem? Problem);
