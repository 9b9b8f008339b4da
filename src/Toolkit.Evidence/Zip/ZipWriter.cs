using System.Buffers.Binary;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Evidence.Zip;

/// <summary>
/// Writes the canonical pack zip (see <see cref="ZipFormat"/>): the same entries give the same bytes on every host and
/// runtime, since nothing depends on a clock, a platform or a compressor. Returns the SHA-256 of what it wrote.
/// </summary>
internal static class ZipWriter
{
    /// <summary>Writes <paramref name="entries"/> in the given order and returns the archive's SHA-256 (lower hex).</summary>
    public static string Write(Stream destination, IReadOnlyList<(string Name, byte[] Content)> entries)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(entries);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long position = 0;
        void Emit(ReadOnlySpan<byte> bytes)
        {
            destination.Write(bytes);
            hash.AppendData(bytes);
            position += bytes.Length;
        }

        var central = new List<byte[]>(entries.Count);
        foreach (var (name, content) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var crc = Crc32.HashToUInt32(content);
            var offset = checked((uint)position);
            Emit(LocalHeader(nameBytes, crc, (uint)content.Length));
            Emit(content);
            central.Add(CentralHeader(nameBytes, crc, (uint)content.Length, offset));
        }

        var directoryOffset = checked((uint)position);
        foreach (var record in central)
        {
            Emit(record);
        }

        Emit(End((ushort)entries.Count, checked((uint)(position - directoryOffset)), directoryOffset));
        destination.Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] LocalHeader(byte[] name, uint crc, uint size)
    {
        var header = new byte[ZipFormat.LocalHeaderSize + name.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(header, ZipFormat.LocalHeaderSignature);
        Common(header.AsSpan(4), name.Length, crc, size);
        name.CopyTo(header, ZipFormat.LocalHeaderSize);
        return header;
    }

    private static byte[] CentralHeader(byte[] name, uint crc, uint size, uint offset)
    {
        var header = new byte[ZipFormat.CentralHeaderSize + name.Length];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, ZipFormat.CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], ZipFormat.VersionMadeBy);
        Common(span[6..], name.Length, crc, size);
        // Comment length, disk start and internal attributes (32..37) stay zero.
        BinaryPrimitives.WriteUInt32LittleEndian(span[38..], ZipFormat.RegularFileAttributes);
        BinaryPrimitives.WriteUInt32LittleEndian(span[42..], offset);
        name.CopyTo(span[ZipFormat.CentralHeaderSize..]);
        return header;
    }

    /// <summary>The fields local and central headers share, in the same order: version needed up to the extra field length (zero).</summary>
    private static void Common(Span<byte> span, int nameLength, uint crc, uint size)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, ZipFormat.VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], ZipFormat.Utf8Flag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], ZipFormat.Stored);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], ZipFormat.DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], ZipFormat.DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[10..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)nameLength);
    }

    private static byte[] End(ushort count, uint directorySize, uint directoryOffset)
    {
        var end = new byte[ZipFormat.EndSize];
        var span = end.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, ZipFormat.EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], directorySize);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], directoryOffset);
        return end;
    }
}
