using System.Numerics;
using System.Security.Cryptography;

namespace Toolkit.Core.Signing;

/// <summary>
/// The deterministic ECDSA nonce k of RFC 6979 section 3.2 for P-256 with SHA-256 (qlen = hlen = 256): HMAC-DRBG with
/// HMAC-SHA256, seeded with the private key x and the message hash h1. <see cref="Next"/> returns the candidates in
/// order: the first k in [1, n − 1], then, each time the signer finds r or s zero, the next one (step h.3).
/// </summary>
internal sealed class Rfc6979Nonce
{
    private byte[] k = new byte[P256.Size];
    private byte[] v = new byte[P256.Size];
    private bool started;

    /// <summary>Steps a to g: seeds K and V from int2octets(x) and bits2octets(h1).</summary>
    public Rfc6979Nonce(BigInteger privateKey, ReadOnlySpan<byte> hash)
    {
        if (privateKey.Sign <= 0 || privateKey >= P256.N)
        {
            throw new ArgumentOutOfRangeException(nameof(privateKey), "the private key is not in [1, n - 1]");
        }

        var x = Int2Octets(privateKey);
        var h = Bits2Octets(hash);
        try
        {
            // b. V = 0x01 0x01 ... ; c. K = 0x00 0x00 ... (as allocated).
            v.AsSpan().Fill(0x01);

            // d, e, f, g.
            k = Hmac([.. v, 0x00, .. x, .. h]);
            v = Hmac(v);
            k = Hmac([.. v, 0x01, .. x, .. h]);
            v = Hmac(v);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(x);
        }
    }

    /// <summary>Step h: the next candidate k in [1, n − 1].</summary>
    public BigInteger Next()
    {
        if (started)
        {
            // The previous k gave r = 0 or s = 0: move on as for a k out of range.
            Reseed();
        }

        started = true;
        while (true)
        {
            // h.1, h.2: T is one block, as qlen = hlen. h.3: k = bits2int(T), kept when in range.
            v = Hmac(v);
            var candidate = Bits2Int(v);
            if (candidate.Sign > 0 && candidate < P256.N)
            {
                return candidate;
            }

            Reseed();
        }
    }

    /// <summary>bits2int (section 2.3.2): the leftmost qlen bits of <paramref name="bits"/> as an integer.</summary>
    public static BigInteger Bits2Int(ReadOnlySpan<byte> bits)
    {
        var value = P256.FromBigEndian(bits);
        var excess = (bits.Length * 8) - (P256.Size * 8);
        return excess > 0 ? value >> excess : value;
    }

    /// <summary>int2octets (section 2.3.3): <paramref name="value"/> as rlen = 256 bits, big-endian.</summary>
    public static byte[] Int2Octets(BigInteger value) => P256.ToBigEndian(value);

    /// <summary>bits2octets (section 2.3.4): bits2int reduced mod n (once is enough, as it is below 2n), then int2octets.</summary>
    public static byte[] Bits2Octets(ReadOnlySpan<byte> bits)
    {
        var z1 = Bits2Int(bits);
        return Int2Octets(z1 >= P256.N ? z1 - P256.N : z1);
    }

    /// <summary>HMAC_K(data).</summary>
    private byte[] Hmac(ReadOnlySpan<byte> data) => HMACSHA256.HashData(k, data);

    /// <summary>K = HMAC_K(V || 0x00); V = HMAC_K(V).</summary>
    private void Reseed()
    {
        k = Hmac([.. v, 0x00]);
        v = Hmac(v);
    }
}
