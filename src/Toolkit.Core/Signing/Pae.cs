using System.Globalization;
using System.Text;

namespace Toolkit.Core.Signing;

/// <summary>
/// DSSE pre-authentication encoding: <c>"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body</c>, lengths as ASCII
/// decimal byte counts. What is signed is this, never the bare payload, so the type cannot be swapped.
/// </summary>
public static class Pae
{
    /// <summary>The bytes a DSSE signature covers for <paramref name="payload"/> of <paramref name="payloadType"/> (the type UTF-8 encoded).</summary>
    public static byte[] Encode(string payloadType, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        var type = Encoding.UTF8.GetBytes(payloadType);
        var prefix = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} "));
        var middle = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" {payload.Length} "));
        var result = new byte[prefix.Length + type.Length + middle.Length + payload.Length];
        prefix.CopyTo(result, 0);
        type.CopyTo(result, prefix.Length);
        middle.CopyTo(result, prefix.Length + type.Length);
        payload.CopyTo(result.AsSpan(prefix.Length + type.Length + middle.Length));
        return result;
    }
}
