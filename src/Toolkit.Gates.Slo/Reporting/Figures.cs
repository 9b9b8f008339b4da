using System.Globalization;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>How findings and summaries write numbers: invariant, at most four decimals; ratios as percentages.</summary>
internal static class Figures
{
    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Percent(double ratio) => ratio.ToString("0.###%", CultureInfo.InvariantCulture);
}
