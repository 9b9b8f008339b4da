using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>Restores the solution's packages, once, so later steps can pass <c>--no-restore</c>.</summary>
[TaskName("Restore")]
public sealed class RestoreTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.DotNet("restore", context.Solution);
    }
}
