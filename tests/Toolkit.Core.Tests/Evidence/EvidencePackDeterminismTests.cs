using System.Text;
using Toolkit.Core.Evidence;
using Toolkit.Core.Signing;
using Toolkit.Core.Tests.Evidence.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Evidence;

public sealed class EvidencePackDeterminismTests
{
    [Fact]
    public void The_same_inputs_in_other_folders_with_other_times_give_the_same_bytes_up_to_the_signature()
    {
        // Given the same gate output written twice, in different folders, with different file times
        using var first = new SamplePack();
        using var second = new TempDirectory();
        SampleGateOutput.Write(second.Path);
        foreach (var file in Directory.EnumerateFiles(second.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        }

        // When both are packed with the same key
        var a = first.Create();
        var b = first.Create(first.Request with { SourceDirectory = second.Path });

        // Then every entry but the signature is byte-identical, and so is the archive up to the signature entry
        var entriesA = SamplePack.Contents(a);
        var entriesB = SamplePack.Contents(b);
        Assert.Equal(entriesA.Select(e => e.Name), entriesB.Select(e => e.Name));
        foreach (var ((name, contentA), (_, contentB)) in entriesA.Zip(entriesB).Where(e => e.First.Name != "manifest.dsse.json"))
        {
            Assert.True(contentA.SequenceEqual(contentB), $"{name} differs");
        }

        var signatureAt = (int)SamplePack.Entries(a)[^1].LocalHeaderOffset;
        Assert.Equal(signatureAt, (int)SamplePack.Entries(b)[^1].LocalHeaderOffset);
        Assert.True(a.AsSpan(0, signatureAt).SequenceEqual(b.AsSpan(0, signatureAt)));

        // And the signatures differ only because ECDSA signatures are randomized: both sign the same payload
        var envelopeA = DsseVerifier.Parse(Encoding.UTF8.GetString(entriesA[^1].Content))!;
        var envelopeB = DsseVerifier.Parse(Encoding.UTF8.GetString(entriesB[^1].Content))!;
        Assert.Equal(envelopeA.Payload, envelopeB.Payload);
        Assert.True(first.Verify(b).Verified);
    }

    [Fact]
    public void With_the_same_signature_the_whole_archive_is_byte_identical()
    {
        // Given two packs of the same inputs
        using var sample = new SamplePack();
        var a = sample.Create();
        var b = sample.Create();

        // When the second is rebuilt with the first's signature entry (what a randomized signature leaves to differ)
        var entries = SamplePack.Contents(b);
        entries[^1] = SamplePack.Contents(a)[^1];

        // Then the archives are identical: nothing else in the bytes depends on the run
        Assert.Equal(a, SamplePack.Rewrite(entries));
    }

    [Fact]
    public void Nothing_from_the_host_is_in_the_pack()
    {
        using var sample = new SamplePack();

        var text = Encoding.Latin1.GetString(sample.Create());

        Assert.DoesNotContain(sample.Output.Path, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n", text, StringComparison.Ordinal);
    }
}
