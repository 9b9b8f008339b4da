using System.Numerics;

namespace Toolkit.Core.Signing;

/// <summary>
/// k·P on P-256 by a Montgomery ladder: one addition and one doubling per bit, for a fixed number of bits, so the
/// sequence of operations is the same for every k (the bits only choose which of two registers each result goes to).
/// </summary>
/// <remarks>
/// This fixes the loop's structure, not its timing: BigInteger arithmetic is not constant-time (its cost follows the
/// operands' magnitudes). See <see cref="DeterministicEcdsa"/> for why that is acceptable here.
/// </remarks>
internal static class MontgomeryLadder
{
    /// <summary>Bits processed below the top bit of the padded scalar, which has exactly 257 bits.</summary>
    private const int Steps = 256;

    /// <summary>k·<paramref name="point"/> for a scalar k in [1, n − 1].</summary>
    public static JacobianPoint Multiply(BigInteger k, JacobianPoint point)
    {
        if (k.Sign <= 0 || k >= P256.N)
        {
            throw new ArgumentOutOfRangeException(nameof(k), "the scalar is not in [1, n - 1]");
        }

        // n·P is infinity, so (k + n)·P = (k + 2n)·P = k·P. One of them has exactly 257 bits (n > 2^255): every k then
        // gets the same number of steps, and a k with leading zero bits does not run a shorter ladder.
        var padded = k + P256.N;
        if (padded.GetBitLength() <= Steps)
        {
            padded += P256.N;
        }

        var bits = padded.ToByteArray(isUnsigned: true, isBigEndian: false);

        // Invariant: registers[1] − registers[0] = point; registers[0] is the prefix of the scalar read so far, times point.
        JacobianPoint[] registers = [point, point.Double()];
        for (var i = Steps - 1; i >= 0; i--)
        {
            var bit = (bits[i >> 3] >> (i & 7)) & 1;
            var sum = registers[0].Add(registers[1]);
            registers[bit] = registers[bit].Double();
            registers[1 - bit] = sum;
        }

        return registers[0];
    }
}
