using System.Numerics;
using System.Security.Cryptography;
using Toolkit.Core.Signing;

namespace Toolkit.Core.Tests.Signing;

public sealed class P256ArithmeticTests
{
    [Fact]
    public void Scalar_multiples_of_G_agree_with_the_group_law()
    {
        // Given G
        var g = P256.G;

        // When small and extreme multiples are computed by the ladder
        // Then 1·G = G, 2·G = G + G = double G, 3·G = 2G + G, and (n − 1)·G = −G
        Assert.Equal(g.ToAffine(), MontgomeryLadder.Multiply(BigInteger.One, g).ToAffine());
        Assert.Equal(g.Double().ToAffine(), MontgomeryLadder.Multiply(2, g).ToAffine());
        Assert.Equal(g.Double().ToAffine(), g.Add(g).ToAffine());
        Assert.Equal(g.Double().Add(g).ToAffine(), MontgomeryLadder.Multiply(3, g).ToAffine());
        var (x, y) = g.ToAffine();
        Assert.Equal((x, P256.P - y), MontgomeryLadder.Multiply(P256.N - 1, g).ToAffine());
        Assert.True(MontgomeryLadder.Multiply(P256.N - 1, g).Add(g).IsInfinity);
    }

    [Fact]
    public void Public_keys_derived_by_the_ladder_match_dotnets_for_random_keys()
    {
        for (var i = 0; i < 200; i++)
        {
            // Given a random key from .NET
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var parameters = key.ExportParameters(includePrivateParameters: true);

            // When its public point is derived here
            var (x, y) = MontgomeryLadder.Multiply(P256.FromBigEndian(parameters.D), P256.G).ToAffine();

            // Then it is .NET's Q, and on the curve
            Assert.Equal(parameters.Q.X, P256.ToBigEndian(x));
            Assert.Equal(parameters.Q.Y, P256.ToBigEndian(y));
            Assert.True(P256.IsOnCurve(x, y));
        }
    }

    [Fact]
    public void A_scalar_or_private_key_outside_1_to_n_minus_1_is_refused()
    {
        foreach (var outside in new[] { BigInteger.Zero, P256.N })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => MontgomeryLadder.Multiply(outside, P256.G));
            Assert.Throws<ArgumentOutOfRangeException>(() => new Rfc6979Nonce(outside, new byte[32]));
        }
    }
}
