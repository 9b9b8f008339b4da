using Toolkit.Build.Framework;
using Toolkit.Build.Prerequisites;

namespace Toolkit.Build.Tasks;

/// <summary>
/// Makes sure the tools the tests need are installed (<see cref="TestPrerequisites"/>). As root it installs the missing
/// Debian packages; otherwise it stops with the command to run. It runs before Build so a missing tool fails fast.
/// </summary>
[TaskName("Prerequisites")]
public sealed class PrerequisitesTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var missing = PrerequisiteCheck.Missing(TestPrerequisites.All);
        if (missing.Count == 0)
        {
            context.Out.WriteLine($"Installed: {string.Join(", ", TestPrerequisites.All.Select(p => p.Name))}");
            return;
        }

        var packages = missing.Select(p => p.DebianPackage).Distinct().ToList();
        context.Out.WriteLine($"Missing: {string.Join(", ", missing.Select(p => p.Name))}");
        if (!PrerequisiteCheck.IsRoot())
        {
            throw new BuildFailedException(
                $"The tests need {string.Join(", ", missing.Select(p => p.Name))}. Install them with:{Environment.NewLine}" +
                $"    sudo apt-get install -y {string.Join(' ', packages)}",
                BuildExitCodes.UsageError);
        }

        var apt = context.Processes.WithEnvironment("DEBIAN_FRONTEND", "noninteractive");
        apt.Run("apt-get", "update");
        apt.Run("apt-get", ["install", "-y", "--no-install-recommends", .. packages]);
        var still = PrerequisiteCheck.Missing(missing);
        if (still.Count > 0)
        {
            throw new BuildFailedException($"Still missing after installing {string.Join(' ', packages)}: {string.Join(", ", still.Select(p => p.Name))}.");
        }
    }
}
