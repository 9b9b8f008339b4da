namespace Toolkit.Build.Tests.Repository;

/// <summary>
/// Every library declares its public API (PublicApiAnalyzers holds the build to the files), and the gate assemblies
/// expose only what a build script needs: the entry, options and overrides of each gate and the values they carry.
/// </summary>
public sealed class PublicApiFilesTests
{
    private static readonly string Src = Path.Combine(RepositoryLayoutTests.RootDirectory, "src");

    [Fact]
    public void Every_library_under_src_declares_its_public_api()
    {
        var libraries = Directory.EnumerateFiles(Src, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !File.ReadAllText(p).Contains("<OutputType>Exe</OutputType>", StringComparison.Ordinal))
            .Select(Path.GetDirectoryName)
            .ToList();

        Assert.NotEmpty(libraries);
        Assert.All(libraries, folder => Assert.True(File.Exists(Path.Combine(folder!, "PublicAPI.Shipped.txt")), $"{folder} has no PublicAPI.Shipped.txt"));
    }

    [Fact]
    public void The_gate_assemblies_declare_fewer_than_80_public_types()
    {
        // A declared type is a line naming it alone (members have a '.' after the type and '->' or '(').
        var types = Directory.EnumerateDirectories(Src, "Toolkit.Gates.*")
            .SelectMany(folder => File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt")).Concat(File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt"))))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.Contains("->", StringComparison.Ordinal) && !line.Contains('(', StringComparison.Ordinal) && !line.Contains(" = ", StringComparison.Ordinal))
            .ToList();

        Assert.InRange(types.Count, 6, 79);
    }
}
