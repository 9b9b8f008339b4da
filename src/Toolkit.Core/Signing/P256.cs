using System.Numerics;

namespace Toolkit.Core.Signing;

/// <summary>
/// The NIST P-256 curve (secp256r1, FIPS 186-4 D.1.2.3): y² = x³ − 3x + b over GF(p), with base point G of prime
/// order n. Only what deterministic signing needs: the constants, field reduction and fixed-width encoding.
/// </summary>
internal static class P256
{
    /// <summary>Bytes of a field element or scalar (qlen = 256 bits).</summary>
    public const int Size = 32;

    /// <summary>The field prime p.</summary>
    public static readonly BigInteger P = Hex("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");

    /// <summary>The order n of G (RFC 6979 calls it q).</summary>
    public static readonly BigInteger N = Hex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");

    /// <summary>The curve coefficient b (a is −3).</summary>
    public static readonly BigInteger B = Hex("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B");

    /// <summary>The base point G.</summary>
    public static readonly JacobianPoint G = JacobianPoint.FromAffine(
        Hex("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"),
        Hex("4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"));

    /// <summary><paramref name="value"/> mod p, in [0, p) (BigInteger's remainder keeps the sign of the dividend).</summary>
    public static BigInteger Mod(BigInteger value)
    {
        var remainder = BigInteger.Remainder(value, P);
        return remainder.Sign < 0 ? remainder + P : remainder;
    }

    /// <summary>True when (x, y) satisfies the curve equation.</summary>
    public static bool IsOnCurve(BigInteger x, BigInteger y) => Mod(y * y) == Mod((x * x * x) - (3 * x) + B);

    /// <summary>An unsigned big-endian integer.</summary>
    public static BigInteger FromBigEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>A value in [0, 2^256) as exactly 32 big-endian bytes, left-padded with zeros.</summary>
    public static byte[] ToBigEndian(BigInteger value)
    {
        if (value.Sign < 0 || value.GetByteCount(isUnsigned: true) > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "not a 256-bit unsigned value");
        }

        var bytes = new byte[Size];
        value.TryWriteBytes(bytes.AsSpan(Size - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    private static BigInteger Hex(string hex) => FromBigEndian(Convert.FromHexString(hex));
}
