using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>Builds the solution and publishes the <c>gate</c> command to <c>artifacts/bin</c>, then checks it starts.</summary>
[TaskName("Build")]
[IsDependentOn(typeof(RestoreTask))]
public sealed class BuildTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.DotNet("build", context.Solution, "--no-restore", "-c", context.Configuration);

        // Framework-dependent, from the build just made (--no-build): the same binaries the tests ran against.
        context.DotNet(
            "publish",
            Path.Combine(context.RootDirectory, "src", "Toolkit.Cli", "Toolkit.Cli.csproj"),
            "-c",
            context.Configuration,
            "-o",
            context.BinDirectory,
            "--no-restore",
            "--no-build");

        if (!File.Exists(context.GateExecutable))
        {
            throw new BuildFailedException($"{context.Relative(context.GateExecutable)} was not published.");
        }

        var smoke = context.Processes.Capture(context.GateExecutable, "--help");
        if (smoke.ExitCode != 0)
        {
            context.Error.WriteLine(smoke.Output);
            throw new BuildFailedException($"{context.Relative(context.GateExecutable)} --help exited with code {smoke.ExitCode}.");
        }

        context.Out.WriteLine($"{context.Relative(context.GateExecutable)} --help: ok");
    }
}
