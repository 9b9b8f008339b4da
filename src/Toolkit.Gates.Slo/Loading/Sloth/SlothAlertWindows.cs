using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.Sloth;

/// <summary>
/// Reads a Sloth <c>AlertWindows</c> document (<c>spec.sloPeriod</c>, page/ticket quick/slow windows with
/// <c>errorBudgetPercent</c>): the burn-rate pairs for SLOs of that period in the same file.
/// </summary>
internal static class SlothAlertWindows
{
    public static (TimeSpan Period, IReadOnlyList<WindowPair> Pairs)? Read(SectionReader root)
    {
        root.Raw("metadata");
        var spec = root.Mapping("spec");
        root.Finish();
        if (spec is null)
        {
            root.Report(root.Node, "'spec' is required here.");
            return null;
        }

        var period = spec.Duration("sloPeriod", TimeSpan.Zero);
        if (!spec.Has("sloPeriod"))
        {
            spec.Report(spec.Node, "'sloPeriod' is required here.");
        }

        var pairs = new List<WindowPair>();
        foreach (var (severity, level) in new[] { ("page", BurnLevel.Page), ("ticket", BurnLevel.Ticket) })
        {
            var group = spec.Mapping(severity);
            if (group is null)
            {
                spec.Report(spec.Node, $"'{severity}' is required here.");
                continue;
            }

            foreach (var speed in new[] { "quick", "slow" })
            {
                var window = group.Mapping(speed);
                if (window is null)
                {
                    group.Report(group.Node, $"'{speed}' is required here.");
                    continue;
                }

                var percent = window.Double("errorBudgetPercent", 0, 0, 100);
                var shortWindow = window.Duration("shortWindow", TimeSpan.Zero);
                var longWindow = window.Duration("longWindow", TimeSpan.Zero);
                window.Finish();
                if (percent > 0 && shortWindow > TimeSpan.Zero && longWindow > TimeSpan.Zero && period > TimeSpan.Zero)
                {
                    pairs.Add(WindowPair.FromBudgetShare(percent, period, longWindow, shortWindow, level));
                }
                else
                {
                    window.Report(window.Node, "each alert window needs errorBudgetPercent, shortWindow and longWindow.");
                }
            }

            group.Finish();
        }

        spec.Finish();
        return pairs.Count == 4 ? (period, pairs) : null;
    }
}
