namespace Toolkit.Cli.Actions;

/// <summary>A bad input value, reported as an <c>::error::</c> naming the input (exit 2).</summary>
internal sealed record InputProblem(string Input, string Message);
