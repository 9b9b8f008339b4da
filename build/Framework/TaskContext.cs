namespace Toolkit.Build.Framework;

/// <summary>What the task framework needs from a build's context: where to write, and what to say last.</summary>
public abstract class TaskContext(TextWriter output, TextWriter error)
{
    /// <summary>Where tasks and the runner write progress.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Where failures are written.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>
    /// A line the runner prints after the summary table, so that it is the last line of the log (CI reads the test
    /// totals there). Null prints nothing.
    /// </summary>
    public string? FinalLine { get; set; }
}
