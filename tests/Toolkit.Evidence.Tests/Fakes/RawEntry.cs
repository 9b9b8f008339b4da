using System.Text;

namespace Toolkit.Evidence.Tests.Fakes;

/// <summary>One entry of a hand-made zip: every header field can be set, including ones that lie.</summary>
internal sealed record RawEntry(string Name, byte[] Data)
{
    public RawEntry(string name, string text)
        : this(name, Encoding.UTF8.GetBytes(text))
    {
    }

    /// <summary>The name's bytes, when they must not be UTF-8.</summary>
    public byte[]? NameBytes { get; init; }

    /// <summary>The name the local header carries, when it must differ from the central one.</summary>
    public byte[]? LocalNameBytes { get; init; }

    public ushort MadeBy { get; init; } = 0x0314;

    public ushort Flags { get; init; } = 0x0800;

    public ushort Method { get; init; }

    public uint ExternalAttributes { get; init; } = 0x81A4u << 16;

    /// <summary>Sizes the headers declare; default: the data's length.</summary>
    public uint? CompressedSize { get; init; }

    public uint? UncompressedSize { get; init; }

    /// <summary>The local header offset the central record declares; default: where the entry was written.</summary>
    public uint? Offset { get; init; }

    public byte[] RawName => NameBytes ?? Encoding.UTF8.GetBytes(Name);
}
