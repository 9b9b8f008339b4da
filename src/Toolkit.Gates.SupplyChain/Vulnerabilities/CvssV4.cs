using System.Diagnostics.CodeAnalysis;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// CVSS v4.0 scoring as the FIRST specification (§8) and its official calculator (<c>cvss40.js</c>) do it: the vector's
/// macrovector score from the lookup table, lowered by the mean, over the EQs that have a lower macrovector, of the
/// vector's severity distance from the macrovector's highest-severity vector as a share of that EQ's depth times the
/// score gap to the next lower macrovector; rounded half up to one decimal.
/// </summary>
/// <remarks>
/// The whole vector is scored: threat (E) and environmental (CR/IR/AR, modified M*) metrics take part exactly as in the
/// official calculator, so a vector that sets them gets its CVSS-BT/BE/BTE score (see <see cref="CvssV4Score.Nomenclature"/>);
/// supplemental metrics (S, AU, R, V, RE, U) are validated but, per the specification, never change the score.
/// The arithmetic (0.1 steps in doubles, the order of the sums) follows the official code so results match it to the bit
/// before rounding.
/// </remarks>
internal static class CvssV4
{
    private const double Step = 0.1;

    /// <summary>Scores <paramref name="vector"/>; false with the reason in <paramref name="error"/> when it is not a valid v4.0 vector. Never throws.</summary>
    public static bool TryScore(string? vector, [NotNullWhen(true)] out CvssV4Score? score, out string error)
    {
        score = null;
        if (!CvssV4Vector.TryParse(vector, out var parsed, out error))
        {
            return false;
        }

        score = Score(parsed);
        return true;
    }

    public static CvssV4Score Score(CvssV4Vector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var macroVector = CvssV4MacroVector.Of(vector);
        var value = Value(vector, macroVector);
        return new CvssV4Score(value, Severities.Rating(value), macroVector, vector.Nomenclature);
    }

    private static double Value(CvssV4Vector vector, string macroVector)
    {
        // No impact on the vulnerable or any subsequent system scores 0 whatever the exploitability.
        if (new[] { "VC", "VI", "VA", "SC", "SI", "SA" }.All(m => vector.Effective(m) == "N"))
        {
            return 0.0;
        }

        var eq = macroVector.Select(c => c - '0').ToArray();
        var value = CvssV4Lookup.Scores[macroVector];

        // a. Each EQ's maximal scoring difference: the gap to the next lower macrovector (NaN when there is none).
        // EQ3 and EQ6 move together: 00 can step to 01 or 10 (the higher score counts), 01 -> 11, 10 -> 11, 11 -> 21.
        var lowerEq1 = Lower(eq, (0, 1));
        var lowerEq2 = Lower(eq, (1, 1));
        var lowerEq3Eq6 = (eq[2], eq[5]) switch
        {
            (0, 0) => Math.Max(Lower(eq, (5, 1)), Lower(eq, (2, 1))),
            (1, 0) => Lower(eq, (5, 1)),
            (0 or 1, 1) => Lower(eq, (2, 1)),
            _ => Lower(eq, (2, 1), (5, 1)),
        };
        var lowerEq4 = Lower(eq, (3, 1));
        var lowerEq5 = Lower(eq, (4, 1));

        // b. The severity distance from the first highest-severity vector of the macrovector that is at least as severe
        // as the vector in every metric.
        var distances = Distances(vector, eq);
        var distanceEq1 = distances["AV"] + distances["PR"] + distances["UI"];
        var distanceEq2 = distances["AC"] + distances["AT"];
        var distanceEq3Eq6 = distances["VC"] + distances["VI"] + distances["VA"] + distances["CR"] + distances["IR"] + distances["AR"];
        var distanceEq4 = distances["SC"] + distances["SI"] + distances["SA"];

        // c-d. Per EQ with a lower macrovector: the distance as a share of the EQ's depth, times its maximal scoring
        // difference (EQ5's share is always 0). Summed in EQ order, as the official code does.
        double[] available = [value - lowerEq1, value - lowerEq2, value - lowerEq3Eq6, value - lowerEq4, value - lowerEq5];
        double[] shares =
        [
            distanceEq1 / (CvssV4MaxVectors.Eq1Depth[eq[0]] * Step),
            distanceEq2 / (CvssV4MaxVectors.Eq2Depth[eq[1]] * Step),
            distanceEq3Eq6 / (CvssV4MaxVectors.Eq3Eq6Depth[eq[2]][eq[5]] * Step),
            distanceEq4 / (CvssV4MaxVectors.Eq4Depth[eq[3]] * Step),
            0,
        ];
        var (existing, sum) = (0, 0.0);
        for (var i = 0; i < available.Length; i++)
        {
            if (!double.IsNaN(available[i]))
            {
                existing++;
                sum += available[i] * shares[i];
            }
        }

        // 2-3. The macrovector's score less the mean of those, clamped to [0, 10] and rounded half up to one decimal.
        var mean = existing == 0 ? 0 : sum / existing;
        return Math.Round(Math.Max(0, Math.Min(10, value - mean)) * 10, MidpointRounding.AwayFromZero) / 10;
    }

    /// <summary>The score of the macrovector with the given EQ digits raised, NaN when there is no such macrovector.</summary>
    private static double Lower(int[] eq, params (int Index, int By)[] steps)
    {
        var digits = (int[])eq.Clone();
        foreach (var (index, by) in steps)
        {
            digits[index] += by;
        }

        return CvssV4Lookup.Scores.TryGetValue(string.Concat(digits), out var score) ? score : double.NaN;
    }

    /// <summary>
    /// Severity distance of each metric from the macrovector's highest-severity vector, found as the official code does:
    /// the first of the composed candidates (EQ1 x EQ2 x EQ3/6 x EQ4 x EQ5, in that nesting) that the vector does not
    /// exceed in any metric. Each EQ's part sets its own metrics, so that is the first fitting option of every part;
    /// when some part has none, the official loop ends on the last candidate, which is the last option of every part
    /// (unreachable: by the EQ definitions every level has an option any of its vectors fits; kept to mirror the loop).
    /// </summary>
    private static Dictionary<string, double> Distances(CvssV4Vector vector, int[] eq)
    {
        string[][] parts =
        [
            CvssV4MaxVectors.Eq1[eq[0]],
            CvssV4MaxVectors.Eq2[eq[1]],
            CvssV4MaxVectors.Eq3Eq6[eq[2]][eq[5]]!,
            CvssV4MaxVectors.Eq4[eq[3]],
            CvssV4MaxVectors.Eq5[eq[4]],
        ];
        var chosen = parts.Select(options => options.FirstOrDefault(option => CvssV4MaxVectors.Metrics(option).All(m => Distance(vector, m) >= 0))).ToArray();
        var maxima = chosen.Any(c => c is null) ? parts.Select(options => options[^1]) : chosen!;

        var distances = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in maxima.SelectMany(CvssV4MaxVectors.Metrics))
        {
            distances[metric.Key] = Distance(vector, metric);
        }

        return distances;
    }

    private static double Distance(CvssV4Vector vector, KeyValuePair<string, string> max)
    {
        var levels = CvssV4MaxVectors.Levels[max.Key];
        return levels[vector.Effective(max.Key)] - levels[max.Value];
    }
}
