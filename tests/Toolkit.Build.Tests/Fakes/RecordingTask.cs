using Toolkit.Build.Framework;

namespace Toolkit.Build.Tests.Fakes;

/// <summary>Base of the test tasks: notes its name in the context when it runs.</summary>
public abstract class RecordingTask : FrostingTask<RecordingContext>
{
    public override void Run(RecordingContext context) => context.Ran.Add(TaskDefinition.From(GetType()).Name);
}
