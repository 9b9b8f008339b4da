using Toolkit.Build.Framework;
using Toolkit.Build.Testing;

namespace Toolkit.Build.Tasks;

/// <summary>
/// Runs every test project of the solution against the Build output and ends the log with the totals line
/// (<c>N passed, N failed</c>) read from the TRX files.
/// </summary>
[TaskName("Test")]
[IsDependentOn(typeof(PrerequisitesTask))]
[IsDependentOn(typeof(BuildTask))]
public sealed class TestTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Stale TRX files from an earlier run would be counted again.
        if (Directory.Exists(context.TestResultsDirectory))
        {
            Directory.Delete(context.TestResultsDirectory, recursive: true);
        }

        var exitCode = context.Processes.RunUnchecked("dotnet", context.DotNetArguments("test", [
            context.Solution,
            "--no-build",
            "-c",
            context.Configuration,
            "--logger",
            "trx;LogFileName={assembly}.trx",
            "--logger",
            "console;verbosity=minimal",
            "--results-directory",
            context.TestResultsDirectory,
        ]));

        // Totals first, even when tests failed: the last line of the log is what CI reports.
        var totals = TrxReader.ReadDirectory(context.TestResultsDirectory);
        context.FinalLine = totals.ToString();
        if (totals.Failed > 0)
        {
            throw new BuildFailedException($"{totals.Failed} test(s) failed.");
        }

        if (exitCode != 0)
        {
            throw new BuildFailedException($"dotnet test exited with code {exitCode}.");
        }

        if (totals.Ran == 0)
        {
            throw new BuildFailedException($"No tests ran; no TRX results in {context.Relative(context.TestResultsDirectory)}.");
        }
    }
}
