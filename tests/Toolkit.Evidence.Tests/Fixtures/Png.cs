using System.Buffers.Binary;
using System.IO.Compression;

namespace Toolkit.Evidence.Tests.Fixtures;

/// <summary>Just enough PNG reading to check a screenshot: signature, size, and that it is not one flat colour.</summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] png) => png.AsSpan().StartsWith(Signature);

    public static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    /// <summary>How many distinct byte values the decompressed image data holds (a blank page has a handful).</summary>
    public static int DistinctDataBytes(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = Signature.Length; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var pixels = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new bool[256];
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = pixels.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                seen[b] = true;
            }
        }

        return seen.Count(s => s);
    }
}
