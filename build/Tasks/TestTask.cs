using Toolkit.Build.Framework;
using Toolkit.Build.Testing;

namespace Toolkit.Build.Tasks;

/// <summary>
/// Runs every test project against the Build output and ends the log with the totals line
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
        BuildContext.DeleteDirectory(context.TestResultsDirectory);

        // One `dotnet test` per test project rather than one for the solution: the TRX logger's LogFileName is shared by
        // every project of a solution run, so each would overwrite the last one's results. Every project runs even after
        // one fails, so the totals are complete.
        var failures = new List<string>();
        foreach (var project in TestProjects(context))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var exitCode = context.Processes.RunUnchecked("dotnet", context.DotNetArguments("test", [
                project,
                "--no-build",
                "-c",
                context.Configuration,
                "--logger",
                $"trx;LogFileName={name}.trx",
                "--logger",
                "console;verbosity=minimal",
                "--results-directory",
                context.TestResultsDirectory,
            ]));
            if (exitCode != 0)
            {
                failures.Add($"dotnet test exited with code {exitCode} for {name}");
            }
        }

        // Totals first, even when tests failed: the last line of the log is what CI reports.
        var totals = TrxReader.ReadDirectory(context.TestResultsDirectory);
        context.FinalLine = totals.ToString();
        if (totals.Failed > 0)
        {
            throw new BuildFailedException($"{totals.Failed} test(s) failed.");
        }

        if (failures.Count > 0)
        {
            throw new BuildFailedException(string.Join("; ", failures) + ".");
        }

        if (totals.Ran == 0)
        {
            throw new BuildFailedException($"No tests ran; no TRX results in {context.Relative(context.TestResultsDirectory)}.");
        }
    }

    // The test projects by the repository's naming convention (tests/<Project>.Tests mirrors src/<Project>), so a new
    // gate's tests run without editing this task; tests/Toolkit.Testing is support code, not a test project.
    private static IEnumerable<string> TestProjects(BuildContext context) =>
        Directory.GetFiles(Path.Combine(context.RootDirectory, "tests"), "*.Tests.csproj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
}
