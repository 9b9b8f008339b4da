using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>The toolkit gates itself: runs the published <c>gate run</c> on this repository.</summary>
[TaskName("Gates")]
[IsDependentOn(typeof(BuildTask))]
public sealed class GatesTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        List<string> args = ["run"];
        var config = Path.Combine(".github", "gates.yml");
        if (File.Exists(Path.Combine(context.RootDirectory, config)))
        {
            args.AddRange(["--config", config]);
        }

        args.AddRange(["--out", context.Relative(context.GatesDirectory)]);
        context.Run(context.GateExecutable, args);
    }
}
