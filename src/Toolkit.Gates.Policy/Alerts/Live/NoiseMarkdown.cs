using System.Globalization;
using System.Text;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>
/// The noise section of policy-ci's PR comment and job summary: per alert firings/day (base → head in a pull
/// request), the total change, and whether it meets the release contract's "alert noise down at least 40%".
/// </summary>
internal static class NoiseMarkdown
{
    private const int MaxRows = 25;
    private const double ContractDropPct = 40;

    public static string Build(NoiseReport report, TimeSpan history)
    {
        var text = new StringBuilder();
        var days = history.TotalDays.ToString("0.##", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"#### Alert noise (replayed over {days}d)\n\n");
        if (report.Base is { } baseNoise)
        {
            var keys = report.HeadRules.Select(r => (r.Key, Rule: r)).Concat(report.BaseRules.Where(b => report.HeadRules.All(h => h.Key != b.Key)).Select(r => (r.Key, Rule: r))).ToList();
            var rows = keys
                .Select(k => (k.Rule, Before: baseNoise.GetValueOrDefault(k.Key)?.PerDay, After: report.HeadRules.Any(h => h.Key == k.Key) ? report.Head.GetValueOrDefault(k.Key)?.PerDay : null))
                .Where(r => (r.Before ?? 0) != (r.After ?? 0))
                .OrderByDescending(r => Math.Abs((r.After ?? 0) - (r.Before ?? 0)))
                .ThenBy(r => r.Rule.Name, StringComparer.Ordinal)
                .ToList();
            text.Append(CultureInfo.InvariantCulture, $"Firings per day, base `{report.BaseRef}` → head: **{Number(report.BasePerDay)} → {Number(report.HeadPerDay)}**");
            text.Append(report.ChangePct is { } change
                ? string.Create(CultureInfo.InvariantCulture, $" ({Signed(change)}%); the release contract asks for noise down at least {ContractDropPct:0}%: **{(change <= -ContractDropPct ? "met" : "not met")}**.\n\n")
                : ".\n\n");
            if (rows.Count == 0)
            {
                text.Append("No alert's noise changed.\n");
                return text.ToString();
            }

            text.Append("| Alert | Rule file | Base /day | Head /day |\n|---|---|---:|---:|\n");
            foreach (var (rule, before, after) in rows.Take(MaxRows))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(rule.Name)} | `{rule.Path}` | {(before is null ? "(new)" : Number(before))} | {(after is null ? "(removed)" : Number(after))} |\n");
            }

            Omitted(text, rows.Count);
            return text.ToString();
        }

        var noisy = report.HeadRules.Select(r => (Rule: r, Noise: report.Head.GetValueOrDefault(r.Key))).Where(r => r.Noise is { Firings: > 0 }).OrderByDescending(r => r.Noise!.PerDay).ThenBy(r => r.Rule.Name, StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{report.HeadRules.Count} alert(s), {Number(report.HeadPerDay)} firings/day in total; {noisy.Count} fired.\n\n");
        if (noisy.Count > 0)
        {
            text.Append("| Alert | Rule | Firings | /day | ALERTS history |\n|---|---|---:|---:|---:|\n");
            foreach (var (rule, noise) in noisy.Take(MaxRows))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(rule.Name)} | `{rule.Where}` | {noise!.Firings} | {Number(noise.PerDay)} | {(noise.History is { } h ? h.ToString(CultureInfo.InvariantCulture) : "–")} |\n");
            }

            Omitted(text, noisy.Count);
        }

        return text.ToString();
    }

    private static void Omitted(StringBuilder text, int rows)
    {
        if (rows > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{rows - MaxRows} more alert(s) in alerts/hygiene.json.\n");
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value) => (value > 0 ? "+" : value < 0 ? "−" : string.Empty) + Math.Abs(value).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
