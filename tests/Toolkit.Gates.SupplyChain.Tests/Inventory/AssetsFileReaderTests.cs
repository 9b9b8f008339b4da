using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Testing;

namespace Toolkit.Gates.SupplyChain.Tests.Inventory;

public sealed class AssetsFileReaderTests
{
    private static readonly string AssetsPath = RepositoryPaths.InRepo("tests", "Toolkit.Gates.SupplyChain.Tests", "obj", "project.assets.json");

    private static Lockfile ReadOwnAssets() =>
        AssetsFileReader.Read("tests/Toolkit.Gates.SupplyChain.Tests/obj/project.assets.json", File.ReadAllText(AssetsPath), new NuspecLicenses([NuspecLicenses.DefaultFolder]));

    [Fact]
    public void This_test_projects_restore_output_lists_its_packages_with_direct_and_transitive_flags()
    {
        // Given the project.assets.json dotnet restore wrote for this very test project
        // When it is read
        var lockfile = ReadOwnAssets();

        // Then xunit is a direct package, its dependencies are transitive and resolved in the graph
        var xunit = Assert.Single(lockfile.Components, c => c.Name == "xunit");
        Assert.True(xunit.Direct);
        Assert.Contains(xunit.DependsOn, d => d.StartsWith("pkg:nuget/xunit.core@", StringComparison.Ordinal));
        var core = Assert.Single(lockfile.Components, c => c.Name == "xunit.core");
        Assert.False(core.Direct);
        Assert.Equal("Toolkit.Gates.SupplyChain.Tests", lockfile.Project);
    }

    [Fact]
    public void Nuget_sha512_is_converted_to_hex_and_licenses_come_from_the_local_nuspec()
    {
        // Given the restore output and the machine's global package folder
        // When it is read
        var nuget = Assert.Single(ReadOwnAssets().Components, c => c.Name == "NuGet.Versioning");

        // Then the hash is 128 hex digits and the license is the nuspec's expression
        Assert.Equal("SHA-512", nuget.Hashes[0].Algorithm);
        Assert.Matches("^[0-9a-f]{128}$", nuget.Hashes[0].Hex);
        Assert.Equal("Apache-2.0", nuget.License);
        Assert.Equal($"pkg:nuget/NuGet.Versioning@{nuget.Version}", nuget.Purl);
    }

    [Fact]
    public void Components_point_at_their_line_in_the_lockfile()
    {
        // Given the restore output
        var lines = File.ReadAllLines(AssetsPath);

        // When a component is read
        var xunit = Assert.Single(ReadOwnAssets().Components, c => c.Name == "xunit");

        // Then its location is the line of its library entry
        Assert.Contains($"\"xunit/{xunit.Version}\"", lines[xunit.Location.Line - 1], StringComparison.Ordinal);
        Assert.Contains("\"libraries\"", string.Join('\n', lines.Take(xunit.Location.Line)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_assets_file_is_reported_with_its_line()
    {
        // Given a project.assets.json cut off mid-way
        var text = "{\n  \"version\": 3,\n  \"libraries\": {\n    \"a/1.0.0\": {\n";

        // When it is read
        var error = Assert.Throws<LockfileException>(() => AssetsFileReader.Read("src/App/obj/project.assets.json", text, new NuspecLicenses([])));

        // Then the error names the file, a line and the fix
        Assert.Equal("src/App/obj/project.assets.json", error.Path);
        Assert.True(error.Line >= 4);
        Assert.Contains("dotnet restore", error.Message, StringComparison.Ordinal);
    }
}
