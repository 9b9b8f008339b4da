// Kept rather than System.IO.Compression: a library cannot enforce our hostile-archive limits before it reads.
using System.Buffers.Binary;

namespace Toolkit.Evidence.Zip;

/// <summary>
/// Reads the end record and the central directory of a possibly hostile zip, bounding everything before it is read:
/// the entry count is checked against the limit before a single central record is parsed, and every length is checked
/// against the bytes actually there.
/// </summary>
internal static class ZipReader
{
    /// <summary>Bytes a central record may take on average (header, a long name, some extras): caps the directory read.</summary>
    private const int CentralBytesPerEntry = 4096;

    /// <summary>
    /// The central directory, or null: <c>IsZip</c> false when there is no end record at all (not a zip), true with
    /// <paramref name="problems"/> filled when the archive is a zip whose directory cannot be trusted.
    /// </summary>
    public static (ZipDirectory? Directory, bool IsZip) Read(Stream stream, EvidenceLimits limits, List<EvidenceProblem> problems)
    {
        var length = stream.Length;
        var endOffset = FindEnd(stream, length);
        if (endOffset < 0)
        {
            return (null, false);
        }

        var end = ReadExactly(stream, endOffset, ZipFormat.EndSize);
        var disk = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(4));
        var directoryDisk = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(6));
        var onDisk = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(8));
        var total = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(10));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(12));
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(16));
        var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(20));
        if (commentLength != 0 || endOffset + ZipFormat.EndSize != length)
        {
            problems.Add(new EvidenceProblem(null, $"the archive has {length - endOffset - ZipFormat.EndSize} bytes after its end record (a comment or appended data); packs have none."));
        }

        string? fatal = null;
        if (total == ZipFormat.Zip64Count || size == ZipFormat.Zip64Size || offset == ZipFormat.Zip64Size)
        {
            fatal = "the archive is zip64; packs are never that large.";
        }
        else if (disk != 0 || directoryDisk != 0 || onDisk != total)
        {
            fatal = "the archive spans several disks; packs are one file.";
        }
        else if (total > limits.MaxEntries)
        {
            fatal = $"the archive has {total} entries, over the limit of {limits.MaxEntries}.";
        }
        else if (size > Math.Max((long)total, 1) * CentralBytesPerEntry)
        {
            fatal = $"the central directory is {size} bytes for {total} entries; that is not a pack.";
        }
        else if ((long)offset + size != endOffset)
        {
            fatal = $"the central directory ({size} bytes at {offset}) does not end where the end record starts ({endOffset}): bytes were added, removed or hidden.";
        }

        if (fatal is not null)
        {
            problems.Add(new EvidenceProblem(null, fatal));
            return (null, true);
        }

        var entries = ParseDirectory(ReadExactly(stream, offset, (int)size), total, problems);
        return (entries is null ? null : new ZipDirectory(entries, offset, size, endOffset), true);
    }

    private static List<CentralEntry>? ParseDirectory(byte[] directory, int count, List<EvidenceProblem> problems)
    {
        var entries = new List<CentralEntry>(count);
        var at = 0;
        for (var index = 0; index < count; index++)
        {
            var span = directory.AsSpan(at);
            if (span.Length < ZipFormat.CentralHeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(span) != ZipFormat.CentralHeaderSignature)
            {
                problems.Add(new EvidenceProblem(null, $"central directory record {index + 1} of {count} is missing or damaged."));
                return null;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[32..]);
            var recordLength = ZipFormat.CentralHeaderSize + nameLength + extraLength + commentLength;
            if (span.Length < recordLength)
            {
                problems.Add(new EvidenceProblem(null, $"central directory record {index + 1} of {count} runs past the directory."));
                return null;
            }

            var raw = span.Slice(ZipFormat.CentralHeaderSize, nameLength).ToArray();
            var name = EntryNames.Decode(raw);
            entries.Add(new CentralEntry(
                index,
                raw,
                name,
                EntryNames.Display(raw, name),
                MadeBy: BinaryPrimitives.ReadUInt16LittleEndian(span[4..]),
                VersionNeeded: BinaryPrimitives.ReadUInt16LittleEndian(span[6..]),
                Flags: BinaryPrimitives.ReadUInt16LittleEndian(span[8..]),
                Method: BinaryPrimitives.ReadUInt16LittleEndian(span[10..]),
                Time: BinaryPrimitives.ReadUInt16LittleEndian(span[12..]),
                Date: BinaryPrimitives.ReadUInt16LittleEndian(span[14..]),
                Crc: BinaryPrimitives.ReadUInt32LittleEndian(span[16..]),
                CompressedSize: BinaryPrimitives.ReadUInt32LittleEndian(span[20..]),
                UncompressedSize: BinaryPrimitives.ReadUInt32LittleEndian(span[24..]),
                ExtraLength: extraLength,
                CommentLength: commentLength,
                DiskStart: BinaryPrimitives.ReadUInt16LittleEndian(span[34..]),
                InternalAttributes: BinaryPrimitives.ReadUInt16LittleEndian(span[36..]),
                ExternalAttributes: BinaryPrimitives.ReadUInt32LittleEndian(span[38..]),
                LocalHeaderOffset: BinaryPrimitives.ReadUInt32LittleEndian(span[42..])));
            at += recordLength;
        }

        if (at != directory.Length)
        {
            problems.Add(new EvidenceProblem(null, $"the central directory has {directory.Length - at} bytes after its last record."));
        }

        return entries;
    }

    /// <summary>The offset of the last end-of-central-directory signature (searched within the maximum comment length), or -1.</summary>
    private static long FindEnd(Stream stream, long length)
    {
        if (length < ZipFormat.EndSize)
        {
            return -1;
        }

        var tailLength = (int)Math.Min(length, ZipFormat.EndSize + ushort.MaxValue);
        var tail = ReadExactly(stream, length - tailLength, tailLength);
        for (var i = tailLength - ZipFormat.EndSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == ZipFormat.EndSignature)
            {
                return length - tailLength + i;
            }
        }

        return -1;
    }

    public static byte[] ReadExactly(Stream stream, long offset, int count)
    {
        var buffer = new byte[count];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}
