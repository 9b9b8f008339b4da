using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Core.Verdicts;

/// <summary>
/// Stable fingerprints. Line numbers are left out on purpose: a finding must keep its identity when lines above it move,
/// so de-duplication and SARIF's partialFingerprints survive unrelated edits.
/// </summary>
public static class Fingerprints
{
    /// <summary>The first 128 bits of SHA-256 over the parts (null as empty), as 32 lower-case hex characters.</summary>
    public static string Of(params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
