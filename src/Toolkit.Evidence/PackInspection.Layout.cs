using System.Buffers.Binary;
using Toolkit.Evidence.Zip;

namespace Toolkit.Evidence;

/// <summary>Where entries are: each local header agrees with its central record, and entries lie back to back.</summary>
internal sealed partial class PackInspection
{
    /// <summary>The offset of the entry's data when its local header agrees with the central record, else null.</summary>
    private long? CheckLocalHeader(CentralEntry entry, long entriesEnd)
    {
        var offset = (long)entry.LocalHeaderOffset;
        if (offset + ZipFormat.LocalHeaderSize > entriesEnd)
        {
            Problem(entry.Display, $"points at a local header at byte {offset}, outside the archive's entries.");
            return null;
        }

        var header = ZipReader.ReadExactly(stream, offset, ZipFormat.LocalHeaderSize).AsSpan();
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != ZipFormat.LocalHeaderSignature)
        {
            Problem(entry.Display, $"has no local header at byte {offset}.");
            return null;
        }

        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[26..]);
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        var start = offset + ZipFormat.LocalHeaderSize + nameLength + extraLength;
        if (start + entry.CompressedSize > entriesEnd)
        {
            Problem(entry.Display, $"runs past the archive's entries ({entry.CompressedSize} bytes from byte {start}).");
            return null;
        }

        var differs = new List<string>();
        void Same(string field, long local, long central)
        {
            if (local != central)
            {
                differs.Add(field);
            }
        }

        Same("version needed", BinaryPrimitives.ReadUInt16LittleEndian(header[4..]), entry.VersionNeeded);
        Same("flags", BinaryPrimitives.ReadUInt16LittleEndian(header[6..]), entry.Flags);
        Same("method", BinaryPrimitives.ReadUInt16LittleEndian(header[8..]), entry.Method);
        Same("time", BinaryPrimitives.ReadUInt16LittleEndian(header[10..]), entry.Time);
        Same("date", BinaryPrimitives.ReadUInt16LittleEndian(header[12..]), entry.Date);
        Same("crc", BinaryPrimitives.ReadUInt32LittleEndian(header[14..]), entry.Crc);
        Same("compressed size", BinaryPrimitives.ReadUInt32LittleEndian(header[18..]), entry.CompressedSize);
        Same("size", BinaryPrimitives.ReadUInt32LittleEndian(header[22..]), entry.UncompressedSize);
        Same("extra field length", extraLength, entry.ExtraLength);
        if (nameLength != entry.RawName.Length || !ZipReader.ReadExactly(stream, offset + ZipFormat.LocalHeaderSize, nameLength).AsSpan().SequenceEqual(entry.RawName))
        {
            differs.Add("name");
        }

        if (differs.Count > 0)
        {
            Problem(entry.Display, $"has a local header that differs from the central directory ({string.Join(", ", differs)}).");
            return null;
        }

        return start;
    }

    /// <summary>Entries back to back from byte 0 to the central directory, in canonical order: no hidden or shared bytes.</summary>
    private void CheckLayout(ZipDirectory directory, Dictionary<int, long> ends)
    {
        if (ends.Count != directory.Entries.Count)
        {
            return;
        }

        long expected = 0;
        foreach (var entry in directory.Entries)
        {
            if (entry.LocalHeaderOffset != expected)
            {
                Problem(entry.Display, $"starts at byte {entry.LocalHeaderOffset}, not {expected} where the previous entry ends: entries overlap, are out of order, or bytes were hidden between them.");
                return;
            }

            expected = ends[entry.Index];
        }

        if (expected != directory.CentralDirectoryOffset)
        {
            Problem(null, $"there are {directory.CentralDirectoryOffset - expected} bytes between the last entry and the central directory.");
        }

        var names = directory.Entries.Select(e => e.Name ?? string.Empty).ToList();
        if (!names.SequenceEqual(EvidencePack.EntryOrder(names).Where(names.Contains)))
        {
            Problem(null, "the entries are not in the pack's order (content by path, then manifest.json, then manifest.dsse.json).");
        }
    }
}
