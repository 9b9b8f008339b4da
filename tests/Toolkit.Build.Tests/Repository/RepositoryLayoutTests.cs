using System.Text.RegularExpressions;

namespace Toolkit.Build.Tests.Repository;

/// <summary>Keeps the repository's wiring honest: no stale central package, no project the build never compiles.</summary>
public sealed partial class RepositoryLayoutTests
{
    private static readonly string Root = FindRoot();

    /// <summary>The repository root, found from the test binaries.</summary>
    internal static string RootDirectory => Root;

    [Fact]
    public void Every_central_package_version_is_referenced_by_a_project()
    {
        // Given the central versions and every project's package references
        var central = PackageVersion().Matches(File.ReadAllText(Path.Combine(Root, "Directory.Packages.props"))).Select(m => m.Groups[1].Value);
        var referenced = Projects().Append(Path.Combine(Root, "src", "Directory.Build.targets")).Where(File.Exists).SelectMany(p => PackageReference().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Then none is pinned for nothing
        Assert.Equal([], central.Where(p => !referenced.Contains(p)).ToList());
    }

    [Fact]
    public void Every_project_is_in_the_solution_so_ci_builds_it()
    {
        var solution = File.ReadAllText(Path.Combine(Root, "Toolkit.sln")).Replace('\\', '/');

        var missing = Projects().Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).Where(p => !solution.Contains(p, StringComparison.Ordinal)).ToList();

        Assert.Equal([], missing);
    }

    private static IEnumerable<string> Projects() =>
        new[] { "src", "tests", "build", "bench" }
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Toolkit.sln not found above the test output folder.");
    }

    [GeneratedRegex("<PackageVersion Include=\"([^\"]+)\"")]
    private static partial Regex PackageVersion();

    [GeneratedRegex("<PackageReference Include=\"([^\"]+)\"")]
    private static partial Regex PackageReference();
}
