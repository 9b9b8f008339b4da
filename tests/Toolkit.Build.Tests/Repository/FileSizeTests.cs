namespace Toolkit.Build.Tests.Repository;

/// <summary>Small files: a newcomer reads any source file of the product or the build in one sitting.</summary>
public sealed class FileSizeTests
{
    [Fact]
    public void No_source_file_in_src_or_build_is_over_300_lines()
    {
        var longFiles = new[] { "src", "build" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryLayoutTests.RootDirectory, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path: Path.GetRelativePath(RepositoryLayoutTests.RootDirectory, path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines > 300)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.Equal([], longFiles);
    }
}
