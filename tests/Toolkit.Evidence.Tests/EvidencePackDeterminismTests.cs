using System.Text;
using Toolkit.Evidence;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

public sealed class EvidencePackDeterminismTests
{
    [Fact]
    public void The_same_inputs_in_other_folders_with_other_times_give_the_same_bytes()
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

        // Then the archives are byte-identical, signature included (RFC 6979), and verify
        Assert.Equal(a, b);
        Assert.True(first.Verify(b).Verified);
    }

    [Fact]
    public void Packing_twice_gives_byte_identical_archives_and_signature_entries()
    {
        // Given the same inputs and key
        using var sample = new SamplePack();

        // When they are packed twice
        var a = sample.Create();
        var b = sample.Create();

        // Then every byte is the same, the signature entry's included: nothing in the pack depends on the run
        Assert.Equal(a, b);
        var (name, signature) = SamplePack.Contents(a)[^1];
        Assert.Equal(EvidencePack.SignaturePath, name);
        Assert.Equal(signature, SamplePack.Contents(b)[^1].Content);
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
