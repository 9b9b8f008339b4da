using System.IO.Compression;
using System.Text;
using Toolkit.Evidence;
using Toolkit.Evidence.Tests.Fakes;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

/// <summary>Archives made to hurt an extractor. The verifier never extracts, but it must name each and never trust it.</summary>
public sealed class HostileZipTests
{
    private static readonly string PublicPem = Keys.P256().PublicPem;

    private static EvidenceVerification Verify(byte[] zip, EvidenceLimits? limits = null) =>
        EvidencePackVerifier.Verify(new MemoryStream(zip, writable: false), PublicPem, limits);

    /// <summary>A zip made with System.IO.Compression, entries stored (so only the hostile part differs from a pack).</summary>
    private static byte[] Standard(params (string Name, int UnixMode)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, mode) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.NoCompression);
                entry.ExternalAttributes = mode << 16;
                using var content = entry.Open();
                content.Write(Encoding.UTF8.GetBytes("owned"));
            }
        }

        return stream.ToArray();
    }

    private static void AssertNames(EvidenceVerification verification, string entry, string reason)
    {
        Assert.Equal(EvidenceVerificationStatus.Failed, verification.Status);
        Assert.True(
            verification.Problems.Any(p => p.Entry == entry && p.Message.Contains(reason, StringComparison.Ordinal)),
            $"expected '{entry}: ...{reason}...' in: {string.Join(" | ", verification.Problems)}");
    }

    [Theory]
    [InlineData("../../etc/cron.d/evil", "escapes the pack")]
    [InlineData("verdicts/../../evil.json", "escapes the pack")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("..\\..\\evil.dll", "backslash")]
    [InlineData("C:/Windows/evil.dll", "drive letter")]
    [InlineData("C:evil.dll", "drive letter")]
    [InlineData("dir/", "directory entry")]
    [InlineData("a//b.json", "empty or '.' path segment")]
    public void Unsafe_names_are_refused(string name, string reason)
    {
        var verification = Verify(Standard((name, 0x81A4)));

        AssertNames(verification, name, reason);
    }

    [Fact]
    public void A_symbolic_link_entry_is_refused()
    {
        var verification = Verify(Standard(("verdicts/policy-ci.json", 0xA1FF)));

        AssertNames(verification, "verdicts/policy-ci.json", "symbolic link");
    }

    [Fact]
    public void Duplicate_names_are_refused_even_when_they_differ_in_case()
    {
        var verification = Verify(Standard(("verdicts/a.json", 0x81A4), ("verdicts/a.json", 0x81A4), ("Index.html", 0x81A4), ("index.html", 0x81A4)));

        AssertNames(verification, "verdicts/a.json", "appears more than once");
        AssertNames(verification, "Index.html", "appears more than once");
        Assert.DoesNotContain(verification.Problems, p => p.Message.Contains("missing from the pack", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deflate_bomb_is_refused_without_inflating_it()
    {
        // Given 64 MiB of zeros deflated to a few dozen KiB, and a verifier allowing 16 MiB per entry
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var content = archive.CreateEntry("perf/baseline.json", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                content.Write(zeros);
            }
        }

        // When it is verified
        var verification = Verify(stream.ToArray(), new EvidenceLimits { MaxEntryBytes = 16 * 1024 * 1024 });

        // Then it is refused as compressed data, and its size is over the per-entry limit anyway
        AssertNames(verification, "perf/baseline.json", "is compressed (method 8)");
        AssertNames(verification, "perf/baseline.json", "over the per-entry limit of 16777216");
    }

    [Fact]
    public void An_entry_flood_is_refused_before_any_entry_is_read()
    {
        // Given an end record that claims 65,000 entries in a file of a few bytes
        var zip = RawZip.Build([new RawEntry("a.json", "{}")], declaredCount: 65000);

        var verification = Verify(zip);

        var problem = Assert.Single(verification.Problems);
        Assert.Null(problem.Entry);
        Assert.Contains("65000 entries, over the limit of 10000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_beyond_the_size_limits_are_not_read()
    {
        using var sample = new SamplePack();
        var zip = sample.Create();

        var perEntry = sample.Verify(zip, limits: new EvidenceLimits { MaxEntryBytes = 64 });
        var total = sample.Verify(zip, limits: new EvidenceLimits { MaxTotalBytes = 1024 });
        var count = sample.Verify(zip, limits: new EvidenceLimits { MaxEntries = 3 });

        Assert.Contains(perEntry.Problems, p => p.Entry == "index.html" && p.Message.Contains("over the per-entry limit of 64", StringComparison.Ordinal));
        Assert.Contains(total.Problems, p => p.Message.Contains("more than the limit of 1024 bytes", StringComparison.Ordinal));
        Assert.Contains(count.Problems, p => p.Message.Contains("over the limit of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_that_lies_about_the_size_is_caught_not_trusted()
    {
        // Given entries whose headers claim more bytes than the archive holds, or sizes that disagree
        var tooLong = RawZip.Build([new RawEntry("a.json", "{}") { CompressedSize = 100_000, UncompressedSize = 100_000 }, new RawEntry("b.json", "{}")]);
        var disagree = RawZip.Build([new RawEntry("a.json", "{}") { UncompressedSize = 1 }]);

        AssertNames(Verify(tooLong), "a.json", "runs past the archive's entries");
        AssertNames(Verify(disagree), "a.json", "declares 2 bytes stored and 1 uncompressed");
    }

    [Fact]
    public void A_local_header_that_differs_from_the_central_directory_is_caught()
    {
        // Given an entry listed as a harmless name whose local header names a path outside (what a streaming extractor would use)
        var zip = RawZip.Build([new RawEntry("notes.md", "hi") { LocalNameBytes = Encoding.UTF8.GetBytes("../evil.md") }]);

        AssertNames(Verify(zip), "notes.md", "local header that differs from the central directory (name)");
    }

    [Fact]
    public void Overlapping_entries_are_caught()
    {
        // Given two central records pointing at the same bytes (the overlapping-file zip bomb)
        var zip = RawZip.Build([new RawEntry("a.json", "{}"), new RawEntry("b.json", "{}") { LocalNameBytes = Encoding.UTF8.GetBytes("b.json"), Offset = 0 }]);

        var verification = Verify(zip);

        Assert.Contains(verification.Problems, p => p.Entry == "b.json");
    }

    [Fact]
    public void Names_that_are_not_UTF8_are_refused_and_printed_safely()
    {
        var zip = RawZip.Build([new RawEntry("x", "{}") { NameBytes = [0x1B, (byte)'[', (byte)'2', (byte)'J', 0xFF, (byte)'a'] }]);

        var verification = Verify(zip);

        AssertNames(verification, "\\x1B[2J\\xFFa", "not valid UTF-8");
        Assert.DoesNotContain(verification.Problems, p => p.ToString().Contains('\u001B', StringComparison.Ordinal));
    }

    [Fact]
    public void Encrypted_entries_are_refused()
    {
        var zip = RawZip.Build([new RawEntry("a.json", "{}") { Flags = 0x0801 }]);

        AssertNames(Verify(zip), "a.json", "is encrypted");
    }

    [Fact]
    public void Bytes_before_or_after_the_archive_are_caught()
    {
        var prefixed = RawZip.Build([new RawEntry("a.json", "{}")], prefix: Encoding.UTF8.GetBytes("#!/bin/sh\nexit 0\n"));
        var trailed = RawZip.Build([new RawEntry("a.json", "{}")], trailer: Encoding.UTF8.GetBytes("hidden"));

        Assert.Equal(EvidenceVerificationStatus.Failed, Verify(prefixed).Status);
        Assert.Contains(Verify(trailed).Problems, p => p.Message.Contains("bytes after its end record", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip64_archive_is_refused()
    {
        var zip = RawZip.Build([new RawEntry("a.json", "{}")], declaredCount: 0xFFFF);

        Assert.Contains(Verify(zip).Problems, p => p.Message.Contains("zip64", StringComparison.Ordinal));
    }
}
