namespace Toolkit.Evidence.Zip;

/// <summary>
/// The one zip form evidence packs use (APPNOTE 6.3.10 records, no zip64): entries stored uncompressed, fixed
/// timestamps and attributes, no extra fields, no comments. Writer and verifier share these values, so the verifier
/// can insist on them and every byte of a pack is either one of these fields or hashed content.
/// </summary>
internal static class ZipFormat
{
    public const uint LocalHeaderSignature = 0x04034b50;
    public const uint CentralHeaderSignature = 0x02014b50;
    public const uint EndSignature = 0x06054b50;

    public const int LocalHeaderSize = 30;
    public const int CentralHeaderSize = 46;
    public const int EndSize = 22;

    /// <summary>Made by Unix (3), spec 2.0: readers then take the external attributes' high half as a unix mode.</summary>
    public const ushort VersionMadeBy = 0x0314;

    public const ushort VersionNeeded = 20;

    /// <summary>General purpose flag bit 11: the name is UTF-8.</summary>
    public const ushort Utf8Flag = 0x0800;

    public const ushort EncryptedFlag = 0x0001;
    public const ushort DataDescriptorFlag = 0x0008;

    public const ushort Stored = 0;

    /// <summary>00:00:00 and 1980-01-01, the earliest DOS time: no clock, no time zone in the pack.</summary>
    public const ushort DosTime = 0;
    public const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    /// <summary>A regular file, <c>-rw-r--r--</c>, in the unix half of the external attributes.</summary>
    public const uint RegularFileAttributes = 0x81A4u << 16;

    public const uint UnixTypeMask = 0xF000u << 16;
    public const uint UnixSymlink = 0xA000u << 16;
    public const uint UnixDirectory = 0x4000u << 16;
    public const uint UnixRegular = 0x8000u << 16;
    public const uint DosDirectory = 0x10;

    /// <summary>Sizes and counts at these values mean "see the zip64 record", which packs never need.</summary>
    public const ushort Zip64Count = 0xFFFF;
    public const uint Zip64Size = 0xFFFFFFFF;
}
