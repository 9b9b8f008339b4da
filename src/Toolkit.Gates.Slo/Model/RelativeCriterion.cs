using System.Globalization;
using System.Text.RegularExpressions;

namespace Toolkit.Gates.Slo.Model;

/// <summary>
/// A Keptn-style criterion comparing canary to baseline: <c>&lt;=+10%</c> (at most 10% worse), <c>&lt;=+5</c>
/// (at most 5 units more), or an absolute bound <c>&lt;0.01</c>.
/// </summary>
internal sealed partial record RelativeCriterion(string Operator, double Amount, bool Relative, bool Percent, string Text)
{
    public static RelativeCriterion? TryParse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups[3].Value;
        var amount = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        var relative = match.Groups[2].Success && match.Groups[2].Value.Length > 0;
        if (relative && match.Groups[2].Value == "-")
        {
            amount = -amount;
        }

        return new RelativeCriterion(match.Groups[1].Value, amount, relative || match.Groups[4].Success && match.Groups[4].Value.Length > 0, match.Groups[4].Value == "%", text.Trim());
    }

    /// <summary>Whether the canary value meets the criterion against the baseline value.</summary>
    public bool Holds(double canary, double baseline)
    {
        if (double.IsNaN(canary) || (Relative && double.IsNaN(baseline)))
        {
            return false;
        }

        var limit = !Relative ? Amount : Percent ? baseline * (1 + (Amount / 100)) : baseline + Amount;
        return Operator switch
        {
            "<" => canary < limit,
            "<=" => canary <= limit,
            ">" => canary > limit,
            _ => canary >= limit,
        };
    }

    [GeneratedRegex(@"^\s*(<=|>=|<|>)\s*([-+]?)([0-9]*\.?[0-9]+)\s*(%?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
