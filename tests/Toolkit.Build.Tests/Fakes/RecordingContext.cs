using Toolkit.Build.Framework;

namespace Toolkit.Build.Tests.Fakes;

/// <summary>A context that records which tasks ran, and captures what the runner writes.</summary>
public sealed class RecordingContext() : TaskContext(new StringWriter(), new StringWriter())
{
    public List<string> Ran { get; } = [];

    public string Output => Out.ToString()!;

    public string Errors => Error.ToString()!;
}
