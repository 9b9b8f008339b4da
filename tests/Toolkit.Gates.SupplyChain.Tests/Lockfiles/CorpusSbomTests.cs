using System.Text;
using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>The SBOMs of every corpus lockfile together are schema-valid and keep each ecosystem's purls, hashes and graph.</summary>
public sealed class CorpusSbomTests
{
    private static readonly SbomInfo Info = new("corpus", new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero), "0.1.0");

    private static readonly Lazy<DependencyInventory> Inventory = new(() => new DependencyInventory(
        Directory.EnumerateFiles(CorpusLockfiles.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusLockfiles.Folder, f).Replace('\\', '/'))
            .Where(p => p.EndsWith(LockfileDiscovery.NpmLock, StringComparison.Ordinal) || Toolkit.Gates.SupplyChain.Lockfiles.LockfileFormats.IsLockfile(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .Select(CorpusLockfiles.Read)
            .ToList()));

    private static readonly Lazy<(JsonSchemaValidator Validator, Uri Schema)> Spdx = new(() =>
    {
        var validator = new JsonSchemaValidator();
        var uri = validator.Load(Path.Combine(RepositoryPaths.InRepo("tests", "Toolkit.Gates.SupplyChain.Tests", "Lockfiles"), "spdx-2.3-required.schema.json"));
        return (validator, uri);
    });

    [Fact]
    public void The_CycloneDX_of_every_ecosystem_validates_against_the_1_6_schema()
    {
        // Given every corpus lockfile (Go, Cargo, PyPI, RubyGems, npm via pnpm, yarn and npm)
        // When one CycloneDX BOM is written for all of them
        var json = Encoding.UTF8.GetString(CycloneDxWriter.Write(Inventory.Value, Info));

        // Then the official schema accepts it
        var errors = KnownSchemas.Validator.Validate(json, KnownSchemas.CycloneDx16);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void The_SPDX_of_every_ecosystem_has_what_SPDX_2_3_requires()
    {
        var json = Encoding.UTF8.GetString(SpdxWriter.Write(Inventory.Value, Info));

        var errors = Spdx.Value.Validator.Validate(json, Spdx.Value.Schema);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Theory]
    [InlineData("pkg:golang/github.com/cli/go-gh/v2@v2.11.0", "SHA-256")]
    [InlineData("pkg:cargo/serde@1.0.228", "SHA-256")]
    [InlineData("pkg:pypi/typing-extensions@4.12.2", "SHA-256")]
    [InlineData("pkg:pypi/typing-extensions@4.16.0", "SHA-256")]
    [InlineData("pkg:gem/jekyll@4.4.1", null)]
    [InlineData("pkg:npm/%40babel/code-frame@7.29.7", "SHA-512")]
    public void Components_carry_purl_correct_identities_and_their_hashes(string purl, string? algorithm)
    {
        using var bom = JsonDocument.Parse(CycloneDxWriter.Write(Inventory.Value, Info));
        var component = bom.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == purl);

        Assert.Equal(purl, component.GetProperty("purl").GetString());
        Assert.Equal(algorithm, component.TryGetProperty("hashes", out var hashes) ? hashes[0].GetProperty("alg").GetString() : null);
    }
}
