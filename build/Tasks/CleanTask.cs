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
        if (Directory.Exists(context.ArtifactsDirectory))
        {
            Directory.Delete(context.ArtifactsDirectory, recursive: true);
            context.Out.WriteLine($"Removed {context.Relative(context.ArtifactsDirectory)}/");
        }

        context.DotNet("clean", context.Solution, "-c", context.Configuration);
    }
}
