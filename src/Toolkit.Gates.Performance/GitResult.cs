namespace Toolkit.Gates.Performance;

/// <summary>One git run: exit code and both outputs.</summary>
internal sealed record GitResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}
