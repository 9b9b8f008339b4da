using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Toolkit.Gates.Slo.Burn;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>
/// A small SVG bar chart of burn rates: for each ratio SLI and window pair, the long and short window's burn
/// with the pair's factor as a dashed line. Bars above their factor are red.
/// </summary>
internal static class BurnChart
{
    private const int BarWidth = 14;
    private const int Height = 160;
    private const int Top = 24;

    public static string Render(string title, IReadOnlyList<SliResult> slis)
    {
        ArgumentNullException.ThrowIfNull(slis);
        var groups = slis.Where(s => s.Pairs.Count > 0).SelectMany(s => s.Pairs.Select(p => (Sli: s.Sli.Name, Pair: p))).ToList();
        var max = Math.Max(1, groups.SelectMany(g => new[] { g.Pair.Pair.Factor * 1.2, Finite(g.Pair.LongBurn), Finite(g.Pair.ShortBurn) }).DefaultIfEmpty(1).Max());
        var width = Math.Max(240, 40 + (groups.Count * ((2 * BarWidth) + 26)));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height + Top + 40}\" font-family=\"sans-serif\" font-size=\"10\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n<text x=\"8\" y=\"14\" font-size=\"12\">{Escape(title)}: burn rate per window (log scale)</text>\n");
        var x = 30;
        foreach (var (sli, pair) in groups)
        {
            Bar(svg, x, pair.LongBurn, pair.Pair.Factor, max);
            Bar(svg, x + BarWidth + 2, pair.ShortBurn, pair.Pair.Factor, max);
            var factorY = Y(pair.Pair.Factor, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x - 2}\" x2=\"{x + (2 * BarWidth) + 4}\" y1=\"{factorY:0.#}\" y2=\"{factorY:0.#}\" stroke=\"#333\" stroke-dasharray=\"3,2\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + Height + 14}\">{Escape(pair.Pair.Name)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + Height + 28}\" fill=\"#666\">{Escape(sli)}</text>\n");
            x += (2 * BarWidth) + 26;
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int x, double burn, double factor, double max)
    {
        var y = Y(Finite(burn), max);
        var colour = burn > factor ? "#d73a49" : "#2ea44f";
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:0.#}\" width=\"{BarWidth}\" height=\"{Top + Height - y:0.#}\" fill=\"{colour}\"><title>{burn.ToString("0.###", CultureInfo.InvariantCulture)}x</title></rect>\n");
    }

    /// <summary>log10(1 + burn) keeps 0.1x and 200x on one readable axis.</summary>
    private static double Y(double value, double max) => Top + Height - (Height * Math.Log10(1 + Math.Max(0, value)) / Math.Log10(1 + max));

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;

    private static string Escape(string text) => HtmlEncoder.Default.Encode(text);
}
