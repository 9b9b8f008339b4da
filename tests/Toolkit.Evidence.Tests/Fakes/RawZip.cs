using System.Buffers.Binary;
using System.IO.Hashing;
using Toolkit.Evidence.Zip;

namespace Toolkit.Evidence.Tests.Fakes;

/// <summary>
/// Builds zips byte by byte, for the hostile cases System.IO.Compression will not write: lying sizes, overlapping or
/// missing entries, bad names, absurd entry counts. Written independently of the pack's own writer.
/// </summary>
internal static class RawZip
{
    public static byte[] Build(IReadOnlyList<RawEntry> entries, ushort? declaredCount = null, byte[]? prefix = null, byte[]? trailer = null)
    {
        using var zip = new MemoryStream();
        zip.Write(prefix ?? []);
        var offsets = new List<uint>();
        foreach (var e in entries)
        {
            offsets.Add((uint)zip.Position);
            var local = new byte[30];
            var name = e.LocalNameBytes ?? e.RawName;
            BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(4), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(6), e.Flags);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(8), e.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(12), 0x21);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(14), Crc32.HashToUInt32(e.Data));
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(18), e.CompressedSize ?? (uint)e.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(22), e.UncompressedSize ?? (uint)e.Data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(26), (ushort)name.Length);
            zip.Write(local);
            zip.Write(name);
            zip.Write(e.Data);
        }

        var directoryOffset = (uint)zip.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var central = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(4), e.MadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(6), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(8), e.Flags);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(10), e.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(14), 0x21);
            BinaryPrimitives.WriteUInt32LittleEndian(central.AsSpan(16), Crc32.HashToUInt32(e.Data));
            BinaryPrimitives.WriteUInt32LittleEndian(central.AsSpan(20), e.CompressedSize ?? (uint)e.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(central.AsSpan(24), e.UncompressedSize ?? (uint)e.Data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(central.AsSpan(28), (ushort)e.RawName.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(central.AsSpan(38), e.ExternalAttributes);
            BinaryPrimitives.WriteUInt32LittleEndian(central.AsSpan(42), e.Offset ?? offsets[i]);
            zip.Write(central);
            zip.Write(e.RawName);
        }

        var end = new byte[22];
        var count = declaredCount ?? (ushort)entries.Count;
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)zip.Position - directoryOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), directoryOffset);
        zip.Write(end);
        zip.Write(trailer ?? []);
        return zip.ToArray();
    }
}
