using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>
/// Python lockfiles list a hash per distribution file (sdist and every wheel). The component's hash is the sdist's when
/// the lockfile says which file that is (it is the release's source), otherwise every hash listed.
/// </summary>
internal static class PythonHashes
{
    /// <summary>Parses <c>sha256:hex</c> (also sha384/sha512); null for other forms.</summary>
    public static ComponentHash? Parse(string? value)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (value is null || colon <= 0)
        {
            return null;
        }

        var algorithm = value[..colon].ToLowerInvariant() switch
        {
            "sha256" => "SHA-256",
            "sha384" => "SHA-384",
            "sha512" => "SHA-512",
            _ => null,
        };
        var hex = value[(colon + 1)..].ToLowerInvariant();
        return algorithm is not null && hex.Length > 0 && hex.All(char.IsAsciiHexDigit) ? new ComponentHash(algorithm, hex) : null;
    }

    /// <summary>The sdist's hash when one file is the sdist, else every distinct hash.</summary>
    public static IReadOnlyList<ComponentHash> Choose(IEnumerable<(string? File, string? Hash)> files)
    {
        var list = files.Select(f => (f.File, Hash: Parse(f.Hash))).Where(f => f.Hash is not null).ToList();
        var sdist = list.FirstOrDefault(f => f.File is { } name && (name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)));
        return sdist.Hash is not null ? [sdist.Hash] : list.Select(f => f.Hash!).Distinct().ToList();
    }
}
