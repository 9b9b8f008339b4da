using System.Text;
using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Testing;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests.Sbom;

public sealed class SbomWriterTests
{
    private static readonly SbomInfo Info = new("shop", new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), "0.1.0");

    private static DependencyInventory RealInventory()
    {
        // This test project's own restore output and an npm lockfile with scoped, dev and nested packages.
        var assets = File.ReadAllText(RepositoryPaths.InRepo("tests", "Toolkit.Gates.SupplyChain.Tests", "obj", "project.assets.json"));
        var dotnet = AssetsFileReader.Read("tests/Toolkit.Gates.SupplyChain.Tests/obj/project.assets.json", assets, new NuspecLicenses([NuspecLicenses.DefaultFolder]));
        var npm = NpmLockReader.Read("web/package-lock.json", Samples.NpmLock(
            "web",
            new Dictionary<string, string> { ["@babel/core"] = "^7.0.0", ["lodash"] = "^4.17.0" },
            ("node_modules/@babel/core", "7.23.0", "MIT", true, ["semver"]),
            ("node_modules/semver", "6.3.1", "ISC", true, []),
            ("node_modules/lodash", "4.17.21", "MIT", false, []),
            ("node_modules/odd", "1.0.0", "SEE LICENSE IN LICENSE", false, [])));
        return new DependencyInventory([dotnet, npm]);
    }

    [Fact]
    public void CycloneDx_output_validates_against_the_official_1_6_schema()
    {
        // Given a real .NET restore output and an npm lockfile
        var inventory = RealInventory();

        // When the CycloneDX BOM is written
        var json = Encoding.UTF8.GetString(CycloneDxWriter.Write(inventory, Info));

        // Then the official schema accepts it
        var errors = KnownSchemas.Validator.Validate(json, KnownSchemas.CycloneDx16);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void CycloneDx_components_carry_purl_scope_hashes_licenses_and_the_graph()
    {
        // Given the inventory
        // When the BOM is written
        using var bom = JsonDocument.Parse(CycloneDxWriter.Write(RealInventory(), Info));
        var components = bom.RootElement.GetProperty("components").EnumerateArray().ToList();

        // Then the scoped npm package is group + name, dev is optional, hashes are hex, licenses are expressions
        var babel = components.Single(c => c.GetProperty("bom-ref").GetString() == "pkg:npm/%40babel/core@7.23.0");
        Assert.Equal("@babel", babel.GetProperty("group").GetString());
        Assert.Equal("core", babel.GetProperty("name").GetString());
        Assert.Equal("optional", babel.GetProperty("scope").GetString());
        Assert.Equal("MIT", babel.GetProperty("licenses")[0].GetProperty("expression").GetString());
        var odd = components.Single(c => c.GetProperty("bom-ref").GetString() == "pkg:npm/odd@1.0.0");
        Assert.Equal("SEE LICENSE IN LICENSE", odd.GetProperty("licenses")[0].GetProperty("license").GetProperty("name").GetString());
        var dependencies = bom.RootElement.GetProperty("dependencies").EnumerateArray().ToList();
        var babelDeps = dependencies.Single(d => d.GetProperty("ref").GetString() == "pkg:npm/%40babel/core@7.23.0");
        Assert.Equal("pkg:npm/semver@6.3.1", babelDeps.GetProperty("dependsOn")[0].GetString());
        var web = dependencies.Single(d => d.GetProperty("ref").GetString() == "project:web/package-lock.json");
        Assert.Equal(2, web.GetProperty("dependsOn").GetArrayLength());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_apart_from_the_timestamp()
    {
        // Given the same inventory written twice at different times
        var first = Encoding.UTF8.GetString(CycloneDxWriter.Write(RealInventory(), Info));
        var second = Encoding.UTF8.GetString(CycloneDxWriter.Write(RealInventory(), Info with { Timestamp = Info.Timestamp.AddHours(5) }));

        // When the timestamps are removed
        // Then the documents are identical, serial number included
        Assert.Equal(first.Replace("2026-11-21T12:00:00Z", "T", StringComparison.Ordinal), second.Replace("2026-11-21T17:00:00Z", "T", StringComparison.Ordinal));
        Assert.Matches("\"serialNumber\": \"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"", first);
    }

    [Fact]
    public void Spdx_output_has_every_required_field()
    {
        // Given the inventory
        // When the SPDX document is written
        using var spdx = JsonDocument.Parse(SpdxWriter.Write(RealInventory(), Info));
        var root = spdx.RootElement;

        // Then the document fields, packages and relationships SPDX 2.3 requires are present
        Assert.Equal("SPDX-2.3", root.GetProperty("spdxVersion").GetString());
        Assert.Equal("CC0-1.0", root.GetProperty("dataLicense").GetString());
        Assert.Equal("SPDXRef-DOCUMENT", root.GetProperty("SPDXID").GetString());
        Assert.Equal("shop", root.GetProperty("name").GetString());
        Assert.StartsWith("https://toolkit.dev/spdx/shop-", root.GetProperty("documentNamespace").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-21T12:00:00Z", root.GetProperty("creationInfo").GetProperty("created").GetString());
        Assert.StartsWith("Tool: ", root.GetProperty("creationInfo").GetProperty("creators")[0].GetString(), StringComparison.Ordinal);
        var packages = root.GetProperty("packages").EnumerateArray().ToList();
        Assert.All(packages, p =>
        {
            Assert.Matches("^SPDXRef-[A-Za-z0-9.-]+$", p.GetProperty("SPDXID").GetString());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("name").GetString()));
            Assert.Equal("NOASSERTION", p.GetProperty("downloadLocation").GetString());
        });
        Assert.Equal(packages.Count, packages.Select(p => p.GetProperty("SPDXID").GetString()).Distinct().Count());
        var lodash = packages.Single(p => p.TryGetProperty("externalRefs", out var refs) && refs[0].GetProperty("referenceLocator").GetString() == "pkg:npm/lodash@4.17.21");
        Assert.Equal("MIT", lodash.GetProperty("licenseDeclared").GetString());
        Assert.Equal("SHA512", lodash.GetProperty("checksums")[0].GetProperty("algorithm").GetString());
        var odd = packages.Single(p => p.GetProperty("name").GetString() == "odd");
        Assert.Equal("NOASSERTION", odd.GetProperty("licenseDeclared").GetString());
        var relationships = root.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Contains(relationships, r => r.GetProperty("spdxElementId").GetString() == "SPDXRef-DOCUMENT" && r.GetProperty("relationshipType").GetString() == "DESCRIBES");
        Assert.Contains(relationships, r => r.GetProperty("relationshipType").GetString() == "DEPENDS_ON");
        var ids = packages.Select(p => p.GetProperty("SPDXID").GetString()).ToHashSet();
        Assert.All(relationships.Where(r => r.GetProperty("relationshipType").GetString() == "DEPENDS_ON"), r => Assert.Contains(r.GetProperty("relatedSpdxElement").GetString(), ids));
    }
}
