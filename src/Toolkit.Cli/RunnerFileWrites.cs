namespace Toolkit.Cli;

/// <summary>
/// Writes to the runner's files (<c>GITHUB_OUTPUT</c>, <c>GITHUB_STEP_SUMMARY</c>) one by one, so one that fails
/// (a full disk, a read-only path) is reported once, naming the file, without stopping writes to the other, and the
/// command exits 2 instead of leaving later steps to read outputs that silently went nowhere.
/// </summary>
internal sealed class RunnerFileWrites(TextWriter error)
{
    private readonly HashSet<string> failed = new(StringComparer.Ordinal);

    /// <summary>Whether any write failed; the command then exits 2 after everything else is done.</summary>
    public bool Failed => failed.Count > 0;

    public void Summary(Action write) => Write("GITHUB_STEP_SUMMARY", write);

    public void Output(Action write) => Write("GITHUB_OUTPUT", write);

    private void Write(string variable, Action write)
    {
        if (failed.Contains(variable))
        {
            return;
        }

        try
        {
            write();
        }
        catch (IOException ex)
        {
            failed.Add(variable);
            error.WriteLine($"error: {ex.Message}");
        }
    }
}
