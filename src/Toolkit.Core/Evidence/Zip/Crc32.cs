namespace Toolkit.Core.Evidence.Zip;

/// <summary>The CRC-32 zip headers carry (IEEE 802.3, reflected, polynomial 0xEDB88320).</summary>
internal sealed class Crc32
{
    private static readonly uint[] Table = CreateTable();

    private uint state = 0xFFFFFFFF;

    public uint Value => ~state;

    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = new Crc32();
        crc.Append(data);
        return crc.Value;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        var value = state;
        foreach (var b in data)
        {
            value = Table[(value ^ b) & 0xFF] ^ (value >> 8);
        }

        state = value;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < table.Length; i++)
        {
            var value = i;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? 0xEDB88320 ^ (value >> 1) : value >> 1;
            }

            table[i] = value;
        }

        return table;
    }
}
