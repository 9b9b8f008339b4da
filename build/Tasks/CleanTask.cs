using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>Removes <c>artifacts/</c> and the solution's build outputs.</summary>
[TaskName("Clean")]
public sealed class CleanTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BuildContext.DeleteDirectory(context.ArtifactsDirectory);

        context.DotNet("clean", context.Solution, "-c", context.Configuration);
    }
}
