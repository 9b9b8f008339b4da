namespace Toolkit.Evidence.Zip;

/// <summary>One central directory record, as read: nothing in it is trusted until the verifier has checked it.</summary>
/// <param name="Name">The name decoded as UTF-8, or null when its bytes are not valid UTF-8.</param>
/// <param name="Display">The name made safe to print (control characters escaped).</param>
internal sealed record CentralEntry(
    int Index,
    byte[] RawName,
    string? Name,
    string Display,
    ushort MadeBy,
    ushort VersionNeeded,
    ushort Flags,
    ushort Method,
    ushort Time,
    ushort Date,
    uint Crc,
    uint CompressedSize,
    uint UncompressedSize,
    ushort ExtraLength,
    ushort CommentLength,
    ushort DiskStart,
    ushort InternalAttributes,
    uint ExternalAttributes,
    uint LocalHeaderOffset);
