using Toolkit.Gates.SupplyChain.Inventory;
using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>Identifiers derived from content, so the same input gives the same document apart from timestamps.</summary>
internal static class StableIds
{
    /// <summary>A name-based UUID (version 5 layout, SHA-256 truncated) of the text.</summary>
    public static Guid Uuid(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>A short hex digest for SPDX element ids (which only allow letters, digits, '.' and '-').</summary>
    public static string Short(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);

    public static string Fingerprint(DependencyInventory inventory) =>
        string.Join('\n', inventory.Lockfiles.Select(l => l.Path).Concat(inventory.Components.Select(c => c.Purl)));
}
