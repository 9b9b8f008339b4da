using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Evidence;
using Toolkit.Core.Signing;
using Toolkit.Evidence.Tests.Fixtures;

namespace Toolkit.Evidence.Tests;

public sealed class EvidencePackTests
{
    [Fact]
    public void A_pack_verifies_with_the_public_key_and_holds_every_file_in_the_contract_layout()
    {
        // Given the output of a gate run
        using var sample = new SamplePack();

        // When it is packed and verified
        var zip = sample.Create();
        var verification = sample.Verify(zip);

        // Then it verifies, and evidence sits under the release contract's folders
        Assert.True(verification.Verified, string.Join("\n", verification.Problems));
        var paths = verification.Manifest!.Artifacts.Select(a => a.Path).ToList();
        foreach (var expected in new[]
        {
            "verdicts/slo-gates.json", "verdicts/performance-gate.json", "verdicts/supply-chain.json", "verdicts/migration-gate.json", "verdicts/policy-ci.json",
            "sbom/sbom.spdx.json", "sbom/sbom.cdx.json", "sbom/sbom-diff.json", "attestations/app.tgz.intoto.jsonl",
            "slo/checkout.json", "slo/checkout.burn.svg", "perf/baseline.json", "perf/headroom.json",
            "migrations/plan.json", "migrations/rollback.json", "migrations/shadow_parity.json", "alerts/hygiene.json",
            "policy-ci.md", "index.html",
        })
        {
            Assert.Contains(expected, paths);
        }

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal("sbom", verification.Manifest.Artifacts.Single(a => a.Path == "sbom/sbom.spdx.json").Name);
        Assert.Equal("slsa", verification.Manifest.Artifacts.Single(a => a.Path == "attestations/app.tgz.intoto.jsonl").Name);
        Assert.Equal("supply-chain/sbom.spdx.json", verification.Manifest.Artifacts.Single(a => a.Path == "sbom/sbom.spdx.json").Source);
    }

    [Fact]
    public void Standard_zip_readers_see_the_files_unchanged_with_fixed_timestamps_and_plain_file_attributes()
    {
        using var sample = new SamplePack();

        var zip = sample.Create();

        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal([.. EvidencePack.EntryOrder(archive.Entries.Select(e => e.FullName))], archive.Entries.Select(e => e.FullName));
        Assert.Equal("manifest.dsse.json", archive.Entries[^1].FullName);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.All(archive.Entries, e => Assert.Equal(0x81A4u, (uint)e.ExternalAttributes >> 16));
        var sbom = archive.GetEntry("sbom/sbom.spdx.json")!;
        using var reader = new StreamReader(sbom.Open());
        Assert.Equal(File.ReadAllText(sample.Output.Combine("supply-chain", "sbom.spdx.json")), reader.ReadToEnd());
    }

    [Fact]
    public void The_manifest_has_the_release_contract_shape()
    {
        using var sample = new SamplePack();

        var contents = SamplePack.Contents(sample.Create());

        using var manifest = JsonDocument.Parse(contents.Single(c => c.Name == "manifest.json").Content);
        var root = manifest.RootElement;
        Assert.Equal(["version", "commit_range", "artifacts", "hashes", "signed_by"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("v3.0.0", root.GetProperty("version").GetString());
        Assert.Equal(SamplePack.Range.From, root.GetProperty("commit_range").GetProperty("from").GetString());
        Assert.Equal(SamplePack.Range.To, root.GetProperty("commit_range").GetProperty("to").GetString());
        Assert.Equal(KeyFingerprint.FromPem(sample.PublicPem), root.GetProperty("signed_by").GetString());
        Assert.StartsWith("SHA256:", root.GetProperty("signed_by").GetString(), StringComparison.Ordinal);
        var hashes = root.GetProperty("hashes");
        foreach (var artifact in root.GetProperty("artifacts").EnumerateArray())
        {
            var path = artifact.GetProperty("path").GetString()!;
            var bytes = contents.Single(c => c.Name == path).Content;
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), artifact.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, artifact.GetProperty("size").GetInt64());
            Assert.Equal("sha256:" + artifact.GetProperty("sha256").GetString(), hashes.GetProperty(path).GetString());
        }

        Assert.StartsWith("sha256:", hashes.GetProperty("evidence.zip").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_digest_is_the_sha256sum_listing_of_the_files_hashed()
    {
        using var sample = new SamplePack();

        var contents = SamplePack.Contents(sample.Create());

        var listing = string.Concat(contents.Where(c => !c.Name.StartsWith("manifest", StringComparison.Ordinal)).OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"{Convert.ToHexStringLower(SHA256.HashData(c.Content))}  {c.Name}\n"));
        using var manifest = JsonDocument.Parse(contents.Single(c => c.Name == "manifest.json").Content);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing))), manifest.RootElement.GetProperty("hashes").GetProperty("evidence.zip").GetString());
    }

    [Fact]
    public void The_signature_is_a_DSSE_envelope_over_the_exact_manifest_bytes_made_by_the_attestation_signer()
    {
        using var sample = new SamplePack();

        var contents = SamplePack.Contents(sample.Create());

        var envelope = DsseVerifier.Parse(Encoding.UTF8.GetString(contents.Single(c => c.Name == "manifest.dsse.json").Content))!;
        Assert.Equal("application/vnd.toolkit.evidence-manifest+json", envelope.PayloadType);
        Assert.Equal(contents.Single(c => c.Name == "manifest.json").Content, envelope.PayloadBytes());
        using var signer = DsseSigner.FromPem(sample.PrivatePem);
        Assert.Equal(signer.KeyId, Assert.Single(envelope.Signatures).KeyId);
        using var verifier = DsseVerifier.FromPem([sample.PublicPem]);
        Assert.True(verifier.Verify(envelope));
    }

    [Fact]
    public void Signed_by_names_the_signer_when_given()
    {
        using var sample = new SamplePack();

        var zip = sample.Create(sample.Request with { SignedBy = "release-bot@acme" });

        Assert.Equal("release-bot@acme", sample.Verify(zip).Manifest!.SignedBy);
    }

    [Fact]
    public void The_result_hash_is_the_hash_of_the_bytes_written()
    {
        using var sample = new SamplePack();
        using var zip = new MemoryStream();

        var result = EvidencePack.Create(sample.Request, zip);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip.ToArray())), result.Sha256);
    }

    [Fact]
    public void The_go_no_go_files_are_not_packed()
    {
        using var sample = new SamplePack();
        sample.Output.Write("decision.json", "{}");
        sample.Output.Write("decision.md", "## Go");

        var manifest = sample.Verify(sample.Create()).Manifest!;

        Assert.DoesNotContain(manifest.Artifacts, a => a.Path.StartsWith("decision", StringComparison.Ordinal));
    }
}
