namespace Toolkit.Gates.Dr.Drills;

/// <summary>A drill record that cannot be read: the file, the entry (1-based; 0 for the whole file) and why.</summary>
internal sealed record DrillProblem(string File, int Entry, int Line, string Message)
{
    public override string ToString() => Entry > 0 ? $"{File}: entry {Entry}: {Message}" : $"{File}:{Line}: {Message}";
}
