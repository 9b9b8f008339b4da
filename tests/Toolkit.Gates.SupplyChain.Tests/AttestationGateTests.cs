using System.Text.Json;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests;

public sealed class AttestationGateTests
{
    private static SupplyChainSampleRepository WithArtifact(string publicPem)
    {
        var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("dist/app.tgz", "release bytes");
        repo.Repo.Write("keys/release.pub", publicPem);
        repo.Config("    artifacts: [dist/*.tgz]\n    trusted_keys: [keys/release.pub]");
        return repo;
    }

    [Fact]
    public async Task An_artifact_without_an_attestation_fails()
    {
        // Given a required artifact with no attestation
        var (_, publicPem) = Keys.P256();
        using var repo = WithArtifact(publicPem);

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then it fails with supply-chain/attestation-missing and counts the artifact
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        Assert.Contains(verdict.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule_id").GetString() == "supply-chain/attestation-missing");
        Assert.Equal(1, verdict.RootElement.GetProperty("metrics").GetProperty("unverified_artifacts").GetInt32());
    }

    [Fact]
    public async Task An_artifact_attested_with_gate_attest_and_the_trusted_key_passes()
    {
        // Given an artifact signed with `gate attest` using the release key
        var (privatePem, publicPem) = Keys.P256();
        using var repo = WithArtifact(publicPem);
        repo.Repo.Write("keys/release.pem", privatePem);
        Assert.Equal(0, await repo.RunAsync("attest", "dist/app.tgz", "--key", "keys/release.pem"));

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then it passes and the attestation is part of the evidence
        Assert.True(exit == 0, repo.Out + repo.Error + repo.Verdict());
        Assert.Contains("supply-chain/attestations/app.tgz.intoto.jsonl", repo.Verdict(), StringComparison.Ordinal);
        var statement = ReadStatement(repo.Repo.Directory.Combine("dist", "app.tgz.intoto.jsonl"));
        Assert.Equal("https://in-toto.io/Statement/v1", statement.GetProperty("_type").GetString());
        Assert.Equal("https://slsa.dev/provenance/v1", statement.GetProperty("predicateType").GetString());
        Assert.Equal("app.tgz", statement.GetProperty("subject")[0].GetProperty("name").GetString());
        var dependencies = statement.GetProperty("predicate").GetProperty("buildDefinition").GetProperty("resolvedDependencies");
        Assert.Contains(dependencies.EnumerateArray(), d => d.GetProperty("uri").GetString() == "pkg:npm/lodash@4.17.21");
    }

    [Fact]
    public async Task An_attestation_signed_by_an_untrusted_key_fails()
    {
        // Given an artifact signed with a key the gate does not trust
        var (_, trustedPublic) = Keys.P256();
        var (otherPrivate, _) = Keys.P256();
        using var repo = WithArtifact(trustedPublic);
        repo.Repo.Write("keys/other.pem", otherPrivate);
        Assert.Equal(0, await repo.RunAsync("attest", "dist/app.tgz", "--key", "keys/other.pem"));

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then it fails because no signature verifies
        Assert.Equal(1, exit);
        Assert.Contains("no signature verifies with a trusted key", repo.Verdict(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_artifact_changed_after_signing_fails_on_the_digest()
    {
        // Given a signed artifact that is rebuilt afterwards
        var (privatePem, publicPem) = Keys.P256();
        using var repo = WithArtifact(publicPem);
        repo.Repo.Write("keys/release.pem", privatePem);
        Assert.Equal(0, await repo.RunAsync("attest", "dist/app.tgz", "--key", "keys/release.pem"));
        repo.Repo.Write("dist/app.tgz", "different bytes");

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then it fails: the signed statement names the old digest
        Assert.Equal(1, exit);
        Assert.Contains("supply-chain/attestation-invalid", repo.Verdict(), StringComparison.Ordinal);
        Assert.Contains("changed after signing", repo.Verdict(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_references_by_mutable_tag_fail()
    {
        // Given a Kubernetes manifest with one pinned and one tagged image
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("deploy/web.yaml", "spec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web@sha256:" + new string('a', 64) + "\n    - name: proxy\n      image: nginx:1.25\n");
        repo.Config("    manifests: ['deploy/**/*.yaml']");

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then only the tagged image is reported, at its line and column
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        var finding = Assert.Single(verdict.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule_id").GetString() == "supply-chain/image-mutable-tag");
        Assert.Equal(6, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(14, finding.GetProperty("location").GetProperty("column").GetInt32());
    }

    private static JsonElement ReadStatement(string path)
    {
        using var envelope = JsonDocument.Parse(File.ReadAllText(path));
        var payload = Convert.FromBase64String(envelope.RootElement.GetProperty("payload").GetString()!);
        return JsonDocument.Parse(payload).RootElement.Clone();
    }
}
