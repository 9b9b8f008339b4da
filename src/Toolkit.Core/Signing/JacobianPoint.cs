using System.Numerics;

namespace Toolkit.Core.Signing;

/// <summary>
/// A P-256 point in Jacobian coordinates: (X, Y, Z) stands for the affine (X/Z², Y/Z³), so adding and doubling need no
/// field inversion, only one at the end (<see cref="ToAffine"/>). Z = 0 is the point at infinity. The formulas are
/// add-2007-bl and dbl-2001-b (a = −3) of the Explicit-Formulas Database.
/// </summary>
/// <remarks>No value equality: one point has many Jacobian representations. Compare <see cref="ToAffine"/> results.</remarks>
internal readonly struct JacobianPoint
{
    private JacobianPoint(BigInteger x, BigInteger y, BigInteger z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The point at infinity, the group's identity.</summary>
    public static JacobianPoint Infinity { get; } = new(BigInteger.One, BigInteger.One, BigInteger.Zero);

    /// <summary>X, with x = X/Z².</summary>
    public BigInteger X { get; }

    /// <summary>Y, with y = Y/Z³.</summary>
    public BigInteger Y { get; }

    /// <summary>Z; zero for the point at infinity.</summary>
    public BigInteger Z { get; }

    /// <summary>True for the point at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The affine point (x, y), which must be on the curve.</summary>
    public static JacobianPoint FromAffine(BigInteger x, BigInteger y) =>
        P256.IsOnCurve(x, y) ? new(x, y, BigInteger.One) : throw new ArgumentException("the point is not on P-256");

    /// <summary>2·this (dbl-2001-b). Infinity stays infinity (Z3 = 0); Y = 0 cannot occur, as n is odd.</summary>
    public JacobianPoint Double()
    {
        var delta = P256.Mod(Z * Z);
        var gamma = P256.Mod(Y * Y);
        var beta = P256.Mod(X * gamma);
        var alpha = P256.Mod(3 * (X - delta) * (X + delta));
        var x3 = P256.Mod((alpha * alpha) - (8 * beta));
        var z3 = P256.Mod(((Y + Z) * (Y + Z)) - gamma - delta);
        var y3 = P256.Mod((alpha * ((4 * beta) - x3)) - (8 * gamma * gamma));
        return new(x3, y3, z3);
    }

    /// <summary>this + <paramref name="other"/> (add-2007-bl), including the cases the formula excludes: infinity, P + P and P + (−P).</summary>
    public JacobianPoint Add(JacobianPoint other)
    {
        if (IsInfinity)
        {
            return other;
        }

        if (other.IsInfinity)
        {
            return this;
        }

        var z1z1 = P256.Mod(Z * Z);
        var z2z2 = P256.Mod(other.Z * other.Z);
        var u1 = P256.Mod(X * z2z2);
        var u2 = P256.Mod(other.X * z1z1);
        var s1 = P256.Mod(Y * other.Z * z2z2);
        var s2 = P256.Mod(other.Y * Z * z1z1);
        var h = P256.Mod(u2 - u1);
        var r = P256.Mod(2 * (s2 - s1));
        if (h.IsZero)
        {
            // Same x: the same point (double it) or its negation (the sum is infinity).
            return r.IsZero ? Double() : Infinity;
        }

        var i = P256.Mod(4 * h * h);
        var j = P256.Mod(h * i);
        var v = P256.Mod(u1 * i);
        var x3 = P256.Mod((r * r) - j - (2 * v));
        var y3 = P256.Mod((r * (v - x3)) - (2 * s1 * j));
        var z3 = P256.Mod((((Z + other.Z) * (Z + other.Z)) - z1z1 - z2z2) * h);
        return new(x3, y3, z3);
    }

    /// <summary>The affine coordinates; the point at infinity has none.</summary>
    public (BigInteger X, BigInteger Y) ToAffine()
    {
        if (IsInfinity)
        {
            throw new InvalidOperationException("the point at infinity has no affine coordinates");
        }

        // p is prime: Z^(p−2) is Z's inverse (Fermat).
        var zInverse = BigInteger.ModPow(Z, P256.P - 2, P256.P);
        var zInverse2 = P256.Mod(zInverse * zInverse);
        return (P256.Mod(X * zInverse2), P256.Mod(Y * zInverse2 * zInverse));
    }
}
