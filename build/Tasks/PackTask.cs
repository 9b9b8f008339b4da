using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>Packs the <c>gate</c> dotnet tool and the libraries under <c>src/</c> into <c>artifacts/packages</c>.</summary>
[TaskName("Pack")]
[IsDependentOn(typeof(BuildTask))]
public sealed class PackTask : FrostingTask<BuildContext>
{
    /// <inheritdoc />
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        BuildContext.DeleteDirectory(context.PackagesDirectory);

        // Every project under src/, so new gate projects (src/Toolkit.Gates.*) are packed without editing this task;
        // a project with IsPackable=false produces nothing, MSBuild decides.
        var projects = Directory.GetFiles(Path.Combine(context.RootDirectory, "src"), "*.csproj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            context.DotNet("pack", project, "-c", context.Configuration, "-o", context.PackagesDirectory, "--no-build", "--no-restore");
        }

        var packages = Directory.Exists(context.PackagesDirectory)
            ? Directory.GetFiles(context.PackagesDirectory, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        if (packages.Count == 0)
        {
            throw new BuildFailedException("No packages were produced.");
        }

        context.Out.WriteLine($"Packages in {context.Relative(context.PackagesDirectory)}: {string.Join(", ", packages)}");
    }
}
