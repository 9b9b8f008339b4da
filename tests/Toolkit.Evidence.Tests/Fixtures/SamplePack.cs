using Toolkit.Evidence;
using Toolkit.Evidence.Zip;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests.Fixtures;

/// <summary>A gates output directory (<see cref="SampleGateOutput"/>), a fresh P-256 key pair, and packs made from them.</summary>
internal sealed class SamplePack : IDisposable
{
    public SamplePack()
    {
        SampleGateOutput.Write(Output.Path);
        (PrivatePem, PublicPem) = Keys.P256();
    }

    public TempDirectory Output { get; } = new();

    public string PrivatePem { get; }

    public string PublicPem { get; }

    public static CommitRange Range { get; } = new(SampleGateOutput.Base, SampleGateOutput.Commit);

    public EvidencePackRequest Request => new("v3.0.0", Output.Path, PrivatePem, Range);

    public byte[] Create(EvidencePackRequest? request = null)
    {
        using var zip = new MemoryStream();
        var result = EvidencePack.Create(request ?? Request, zip);
        Assert.True(result.Created, string.Join("\n", result.Problems));
        return zip.ToArray();
    }

    public EvidenceVerification Verify(byte[] zip, string? publicPem = null, EvidenceLimits? limits = null)
    {
        using var stream = new MemoryStream(zip, writable: false);
        return EvidencePackVerifier.Verify(stream, publicPem ?? PublicPem, limits);
    }

    /// <summary>The entries of a pack as the verifier's reader sees them (offsets, sizes, names).</summary>
    public static IReadOnlyList<CentralEntry> Entries(byte[] zip)
    {
        using var stream = new MemoryStream(zip, writable: false);
        var (directory, _) = ZipReader.Read(stream, EvidenceLimits.Default, []);
        return directory!.Entries;
    }

    /// <summary>The entries' names and bytes, in order, read with System.IO.Compression.</summary>
    public static List<(string Name, byte[] Content)> Contents(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip), System.IO.Compression.ZipArchiveMode.Read);
        return archive.Entries.Select(e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }

    /// <summary>A canonical pack of exactly these entries (the pack's own writer: well-formed, so only content differs).</summary>
    public static byte[] Rewrite(IReadOnlyList<(string Name, byte[] Content)> entries)
    {
        using var zip = new MemoryStream();
        ZipWriter.Write(zip, entries);
        return zip.ToArray();
    }

    public void Dispose() => Output.Dispose();
}
