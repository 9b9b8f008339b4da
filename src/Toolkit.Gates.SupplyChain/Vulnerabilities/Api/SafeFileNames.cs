using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// File names for arbitrary keys (advisory ids hold ':' or '/', package names '@' and '/'): a readable, lower-cased
/// prefix of the safe characters, then a hash of the exact key. The hash keeps keys that differ only in case or in
/// unsafe characters apart on every file system, and "con-…" is never a reserved Windows name.
/// </summary>
internal static class SafeFileNames
{
    private const int MaxReadable = 64;

    public static string For(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var readable = new StringBuilder(MaxReadable);
        foreach (var c in key)
        {
            if (readable.Length == MaxReadable)
            {
                break;
            }

            // No "..": harmless without separators, but no reader of the folder should have to think about it.
            var dot = c == '.' && (readable.Length == 0 || readable[^1] != '.');
            readable.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || dot ? char.ToLowerInvariant(c) : '_');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return $"{readable.ToString().Trim('.')}-{hash}";
    }
}
