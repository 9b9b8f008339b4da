using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests;

public sealed class SbomCommandTests
{
    [Fact]
    public async Task Gate_sbom_writes_the_requested_formats_to_the_output_directory()
    {
        // Given the sample repository
        using var repo = new SupplyChainSampleRepository();

        // When `gate sbom --sbom-format cyclonedx --out dist/sbom` runs
        var exit = await repo.RunAsync("sbom", "--sbom-format", "cyclonedx", "--out", "dist/sbom");

        // Then only the CycloneDX file is written, valid, with both ecosystems
        Assert.True(exit == 0, repo.Error);
        var path = repo.Repo.Directory.Combine("dist", "sbom", "sbom.cdx.json");
        Assert.Empty(KnownSchemas.Validator.Validate(File.ReadAllText(path), KnownSchemas.CycloneDx16));
        Assert.False(File.Exists(repo.Repo.Directory.Combine("dist", "sbom", "sbom.spdx.json")));
        Assert.Contains("pkg:nuget/Serilog@3.1.1", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("pkg:npm/lodash@4.17.21", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("2 components from 2 lockfile(s)", repo.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_attest_with_a_missing_key_is_a_usage_error()
    {
        // Given an artifact and no key file
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("dist/app.tgz", "bytes");

        // When `gate attest` runs
        var exit = await repo.RunAsync("attest", "dist/app.tgz", "--key", "missing.pem");

        // Then it exits 2 naming the key
        Assert.Equal(2, exit);
        Assert.Contains("missing.pem", repo.Error, StringComparison.Ordinal);
    }
}
