using System.IO.Hashing;
using System.Security.Cryptography;
using Toolkit.Evidence.Zip;

namespace Toolkit.Evidence;

/// <summary>Reading an entry's content: hashed in chunks through a bounded window, never trusting a declared size.</summary>
internal sealed partial class PackInspection
{
    /// <summary>Hashes the entry's bytes through a window of exactly its declared size, never more.</summary>
    private void Read(CentralEntry entry, long start)
    {
        var name = entry.Name!;
        var keep = name is EvidencePack.ManifestPath or EvidencePack.SignaturePath;
        if (keep && entry.UncompressedSize > limits.MaxManifestBytes)
        {
            Problem(entry.Display, $"is {entry.UncompressedSize} bytes, over the limit of {limits.MaxManifestBytes} for the manifest and its signature.");
            return;
        }

        using var window = new BoundedReadStream(stream, start, entry.CompressedSize);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var crc = new Crc32();
        using var kept = keep ? new MemoryStream((int)entry.UncompressedSize) : null;
        long size = 0;
        int read;
        while ((read = window.Read(buffer)) > 0)
        {
            sha.AppendData(buffer.AsSpan(0, read));
            crc.Append(buffer.AsSpan(0, read));
            kept?.Write(buffer, 0, read);
            size += read;
        }

        if (size != entry.UncompressedSize)
        {
            Problem(entry.Display, $"ends after {size} of its {entry.UncompressedSize} bytes.");
            return;
        }

        if (crc.GetCurrentHashAsUInt32() != entry.Crc)
        {
            Problem(entry.Display, "does not match its CRC-32: its bytes were changed.");
        }

        contents[name] = new EntryContent(Convert.ToHexStringLower(sha.GetHashAndReset()), size, kept?.ToArray());
    }
}
