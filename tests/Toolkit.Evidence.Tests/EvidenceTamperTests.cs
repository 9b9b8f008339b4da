using System.IO.Compression;
using System.Text;
using Toolkit.Evidence;
using Toolkit.Core.Signing;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

public sealed class EvidenceTamperTests
{
    [Fact]
    public void Flipping_a_byte_of_a_file_entry_fails_naming_that_file()
    {
        // Given a pack
        using var sample = SmallPack(out var zip);
        var entries = SamplePack.Entries(zip);

        // When a byte of a content entry is flipped: every header and name byte, and bytes across its data
        foreach (var (entry, at) in entries.SkipLast(2).SelectMany((e, i) => Positions(e, (int)entries[i + 1].LocalHeaderOffset).Select(at => (e, at))))
        {
            var tampered = (byte[])zip.Clone();
            tampered[at] ^= 0x01;

            // Then verification fails and a problem names the file
            var verification = sample.Verify(tampered);
            Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
            Assert.True(verification.Problems.Any(p => p.Entry == entry.Name), $"flipping byte {at} of {entry.Name} gave: {string.Join(" | ", verification.Problems)}");
        }
    }

    [Fact]
    public void Flipping_a_byte_of_the_manifest_its_signature_the_central_directory_or_the_end_record_fails()
    {
        // Given a pack
        using var sample = SmallPack(out var zip);
        var entries = SamplePack.Entries(zip);
        var directoryAt = (int)entries[^1].LocalHeaderOffset + ZipHeaderLength(entries[^1]) + (int)entries[^1].CompressedSize;

        // When each byte of the manifest's and the signature's headers, of the central directory and of the end record
        // is flipped in turn, and bytes across the manifest and the signature (content entries: the test above)
        var positions = Positions(entries[^2], (int)entries[^1].LocalHeaderOffset)
            .Concat(Positions(entries[^1], directoryAt))
            .Concat(Enumerable.Range(directoryAt, zip.Length - directoryAt));
        var accepted = positions.Where(at =>
        {
            var tampered = (byte[])zip.Clone();
            tampered[at] ^= 0x01;
            return sample.Verify(tampered).Verified;
        }).ToList();

        // Then none of them verifies
        Assert.Empty(accepted);
    }

    /// <summary>A pack of one gate (fewer bytes to flip one by one).</summary>
    private static SamplePack SmallPack(out byte[] zip)
    {
        var sample = new SamplePack();
        foreach (var gate in new[] { "slo-gates", "performance-gate", "supply-chain", "migration-gate" })
        {
            File.Delete(sample.Output.Combine(gate + ".verdict.json"));
        }

        zip = sample.Create();
        return sample;
    }

    private static int ZipHeaderLength(Toolkit.Evidence.Zip.CentralEntry entry) => 30 + entry.RawName.Length;

    /// <summary>Every byte of the entry's local header and name, and data bytes at 1/8 steps plus the last one.</summary>
    private static IEnumerable<int> Positions(Toolkit.Evidence.Zip.CentralEntry entry, int next)
    {
        var dataAt = (int)entry.LocalHeaderOffset + ZipHeaderLength(entry);
        var step = Math.Max(1, (next - dataAt) / 8);
        return Enumerable.Range((int)entry.LocalHeaderOffset, dataAt - (int)entry.LocalHeaderOffset)
            .Concat(Enumerable.Range(0, ((next - dataAt) / step) + 1).Select(i => Math.Min(dataAt + (i * step), next - 1)).Distinct());
    }

    [Fact]
    public void An_added_entry_fails_naming_it()
    {
        using var sample = new SamplePack();
        var entries = SamplePack.Contents(sample.Create());
        entries.Insert(0, ("aaa-extra.json", Encoding.UTF8.GetBytes("{}")));

        var verification = sample.Verify(SamplePack.Rewrite(entries));

        Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
        var problem = Assert.Single(verification.Problems);
        Assert.Equal("aaa-extra.json", problem.Entry);
        Assert.Contains("not listed in the signed manifest", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_added_with_a_standard_zip_tool_fails_naming_it()
    {
        using var sample = new SamplePack();
        var zip = sample.Create();
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("verdicts/forged.json", CompressionLevel.NoCompression).Open());
            writer.Write("{\"gate\":\"forged\",\"verdict\":\"pass\"}");
        }

        var verification = sample.Verify(stream.ToArray());

        Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
        Assert.Contains(verification.Problems, p => p.Entry == "verdicts/forged.json" && p.Message.Contains("not listed in the signed manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_entry_fails_naming_it()
    {
        using var sample = new SamplePack();
        var entries = SamplePack.Contents(sample.Create());
        entries.RemoveAll(e => e.Name == "sbom/sbom.spdx.json");

        var verification = sample.Verify(SamplePack.Rewrite(entries));

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("sbom/sbom.spdx.json", problem.Entry);
        Assert.Contains("missing from the pack", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_file_fails_naming_it_with_both_hashes()
    {
        using var sample = new SamplePack();
        var entries = SamplePack.Contents(sample.Create());
        var index = entries.FindIndex(e => e.Name == "verdicts/policy-ci.json");
        entries[index] = (entries[index].Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[index].Content).Replace("\"fail\"", "\"pass\"", StringComparison.Ordinal)));

        var verification = sample.Verify(SamplePack.Rewrite(entries));

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("verdicts/policy-ci.json", problem.Entry);
        Assert.Contains("does not match the signed manifest", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_edited_to_match_a_changed_file_fails_the_signature()
    {
        // Given a pack whose verdict is changed and whose manifest is updated to the new hash (without the key)
        using var sample = new SamplePack();
        var zip = sample.Create();
        var entries = SamplePack.Contents(zip);
        var manifest = sample.Verify(zip).Manifest!;
        var index = entries.FindIndex(e => e.Name == "verdicts/policy-ci.json");
        var forged = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[index].Content).Replace("\"fail\"", "\"pass\"", StringComparison.Ordinal));
        entries[index] = (entries[index].Name, forged);
        var artifacts = manifest.Artifacts.Select(a => a.Path == "verdicts/policy-ci.json" ? a with { Sha256 = Sha(forged), Size = forged.Length } : a).ToList();
        var edited = manifest with { Artifacts = artifacts, Hashes = EvidencePack.Hashes(artifacts) };
        entries[entries.FindIndex(e => e.Name == "manifest.json")] = ("manifest.json", EvidencePack.Serialize(edited));

        // When it is verified
        var verification = sample.Verify(SamplePack.Rewrite(entries));

        // Then the manifest does not match its signature, and the file is still compared with the signed manifest
        Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
        Assert.Contains(verification.Problems, p => p.Entry == "manifest.json" && p.Message.Contains("does not match its signature", StringComparison.Ordinal));
        Assert.Contains(verification.Problems, p => p.Entry == "verdicts/policy-ci.json" && p.Message.Contains("does not match the signed manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void An_envelope_whose_payload_was_swapped_for_an_edited_manifest_fails_the_signature()
    {
        // Given the manifest edited in both places, manifest.json and the envelope's payload, keeping the old signature
        using var sample = new SamplePack();
        var zip = sample.Create();
        var entries = SamplePack.Contents(zip);
        var edited = EvidencePack.Serialize(sample.Verify(zip).Manifest! with { SignedBy = "someone-trusted" });
        var envelope = DsseVerifier.Parse(Encoding.UTF8.GetString(entries[^1].Content))!;
        entries[^2] = ("manifest.json", edited);
        entries[^1] = ("manifest.dsse.json", Encoding.UTF8.GetBytes(DsseVerifier.Serialize(envelope with { Payload = Convert.ToBase64String(edited) }) + "\n"));

        // When it is verified
        var verification = sample.Verify(SamplePack.Rewrite(entries));

        // Then the signature does not verify
        var problem = Assert.Single(verification.Problems);
        Assert.Equal("manifest.dsse.json", problem.Entry);
        Assert.Contains("does not verify with the given key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_re_signed_with_another_key_fails_with_the_real_key()
    {
        // Given a forger who rewrites the manifest and signs it with their own key
        using var sample = new SamplePack();
        var entries = SamplePack.Contents(sample.Create());
        var (forgerPrivate, _) = Keys.P256();
        using var forger = DsseSigner.FromPem(forgerPrivate);
        var manifest = entries.Single(e => e.Name == "manifest.json").Content;
        entries[^1] = ("manifest.dsse.json", Encoding.UTF8.GetBytes(DsseVerifier.Serialize(forger.Sign(EvidencePack.PayloadType, manifest)) + "\n"));

        // When it is verified with the release key
        var verification = sample.Verify(SamplePack.Rewrite(entries));

        // Then the signature fails, naming the other key
        var problem = Assert.Single(verification.Problems);
        Assert.Equal("manifest.dsse.json", problem.Entry);
        Assert.Contains("names another signing key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wrong_public_key_fails()
    {
        using var sample = new SamplePack();
        var (_, otherPublic) = Keys.P256();

        var verification = sample.Verify(sample.Create(), otherPublic);

        Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
        Assert.Contains(verification.Problems, p => p.Entry == "manifest.dsse.json" && p.Message.Contains(KeyFingerprint.FromPem(otherPublic), StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_signature_fails()
    {
        using var sample = new SamplePack();
        var entries = SamplePack.Contents(sample.Create());
        entries.RemoveAt(entries.Count - 1);

        var verification = sample.Verify(SamplePack.Rewrite(entries));

        var problem = Assert.Single(verification.Problems);
        Assert.Equal("manifest.dsse.json", problem.Entry);
        Assert.Contains("not signed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_key_or_a_file_that_is_not_a_zip_is_unusable_input()
    {
        using var sample = new SamplePack();
        var zip = sample.Create();

        Assert.Equal(EvidenceVerificationStatus.Unusable, sample.Verify(zip, "not a key").Status);
        Assert.Equal(EvidenceVerificationStatus.Unusable, sample.Verify(Encoding.UTF8.GetBytes("just some text, no zip")).Status);
        Assert.Equal(EvidenceVerificationStatus.Unusable, sample.Verify([]).Status);
        Assert.Equal(EvidenceVerificationStatus.Unusable, EvidencePackVerifier.Verify(sample.Output.Combine("nope.zip"), sample.PublicPem).Status);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
