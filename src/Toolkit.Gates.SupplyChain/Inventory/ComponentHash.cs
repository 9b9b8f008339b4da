namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>A content hash: CycloneDX algorithm name (<c>SHA-512</c>, <c>SHA-1</c>) and lower-case hex value.</summary>
internal sealed record ComponentHash(string Algorithm, string Hex)
{
    /// <summary>Converts an SRI/NuGet base64 digest to hex; null when it is not base64.</summary>
    public static ComponentHash? FromBase64(string algorithm, string base64)
    {
        try
        {
            return new ComponentHash(algorithm, Convert.ToHexStringLower(Convert.FromBase64String(base64)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Parses an npm <c>integrity</c> value (<c>sha512-...</c>); the strongest supported hash wins.</summary>
    public static ComponentHash? FromIntegrity(string? integrity)
    {
        if (string.IsNullOrEmpty(integrity))
        {
            return null;
        }

        ComponentHash? best = null;
        foreach (var part in integrity.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0)
            {
                continue;
            }

            var algorithm = part[..dash] switch
            {
                "sha512" => "SHA-512",
                "sha384" => "SHA-384",
                "sha256" => "SHA-256",
                "sha1" => "SHA-1",
                _ => null,
            };
            if (algorithm is not null && FromBase64(algorithm, part[(dash + 1)..]) is { } hash && (best is null || Rank(hash) > Rank(best)))
            {
                best = hash;
            }
        }

        return best;
    }

    private static int Rank(ComponentHash hash) => hash.Hex.Length;
}
