using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading.Sloth;

/// <summary>
/// Reads a Sloth spec (https://sloth.dev/specs/): the <c>prometheus/v1</c> file form (snake_case keys) or the
/// Kubernetes form (<c>apiVersion: sloth.slok.dev/v1</c>, <c>kind: PrometheusServiceLevel</c>, camelCase keys under
/// <c>spec</c>). One golden path per service, one ratio SLI per SLO; SLI plugins are expanded (see
/// <see cref="SlothPlugins"/>). SLO plugins only shape Sloth's rule generation and are accepted as such.
/// </summary>
internal static class SlothReader
{
    /// <summary>Reads <paramref name="root"/>; for the Kubernetes form <paramref name="body"/> is its <c>spec</c>.</summary>
    public static IReadOnlyList<ServiceSli> Read(SectionReader root, SectionReader body, bool kubernetes)
    {
        string Key(string snake) => kubernetes ? Camel(snake) : snake;
        var service = body.RequiredString("service");
        var labels = body.StringMap("labels");
        var sloPlugins = Plugins(body, Key("slo_plugins"));
        var slos = body.MappingList("slos");
        body.Finish();
        if (kubernetes)
        {
            root.Raw("metadata");
            root.Finish();
        }

        // VictoriaMetrics' validation plugin says the queries are MetricsQL, which Prometheus does not evaluate.
        var metricsQl = sloPlugins.FirstOrDefault(p => p.Id.Contains("victoria_metrics", StringComparison.Ordinal));
        var result = new List<ServiceSli>();
        foreach (var slo in slos)
        {
            var name = slo.RequiredString("name");
            var objective = slo.Double("objective", 99.9, 0, 99.9999);
            slo.String("description");
            var sloLabels = slo.StringMap("labels");
            var alerting = slo.Mapping("alerting") is { } a ? Alerting(a) : new AlertSpec();
            Plugins(slo, "plugins");
            var sliNode = slo.Mapping("sli");
            slo.Finish();
            var sli = new Sli(name, SliKind.Ratio, slo.Location)
            {
                Objective = objective,
                Window = TimeSpan.FromDays(30),
                Labels = labels.Concat(sloLabels).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
                Alerting = alerting,
            };
            if (sliNode is null)
            {
                slo.Report(slo.Node, $"Sloth SLO '{name}' needs sli (events, raw or plugin).");
                continue;
            }

            if (Queries(sliNode, sli, Key) is not { } measured)
            {
                continue;
            }

            if (metricsQl.Id is not null)
            {
                measured = measured with { Unmeasurable = new Unmeasurable($"Sloth SLO '{name}' is written for VictoriaMetrics (SLO plugin {metricsQl.Id}): its queries are MetricsQL, which Prometheus cannot evaluate.", metricsQl.Location) };
            }

            result.Add(new ServiceSli(service, ReaderExtensions.Owner(labels), measured, body.LocationOf("service")));
        }

        return result;
    }

    private static Sli? Queries(SectionReader sliNode, Sli sli, Func<string, string> key)
    {
        var events = sliNode.Mapping("events");
        var raw = sliNode.Mapping("raw");
        var plugin = sliNode.Mapping("plugin");
        sliNode.Finish();
        var given = new[] { events, raw, plugin }.Count(x => x is not null);
        if (given != 1)
        {
            sliNode.Report(sliNode.Node, $"Sloth SLO '{sli.Name}' needs exactly one of sli.events (error and total queries), sli.raw (error ratio query) or sli.plugin.");
            return null;
        }

        if (events is not null)
        {
            var error = events.Query(key("error_query"));
            var total = events.Query(key("total_query"));
            events.Finish();
            if (error is null || total is null)
            {
                events.Report(events.Node, $"sli.events needs both {key("error_query")} and {key("total_query")}.");
                return null;
            }

            return sli with { ErrorQuery = error, TotalQuery = total };
        }

        if (raw is not null)
        {
            var ratio = raw.Query(key("error_ratio_query"));
            raw.Finish();
            return ratio is null ? null : sli with { ErrorQuery = ratio };
        }

        var id = plugin!.RequiredString("id");
        var options = plugin.StringMap("options");
        plugin.Finish();
        var (query, problem) = SlothPlugins.Expand(id, options);
        if (problem is not null)
        {
            plugin.ReportAt(options.Count > 0 && !problem.Contains("is not one", StringComparison.Ordinal) ? "options" : "id", problem);
            return null;
        }

        return sli with { ErrorQuery = query };
    }

    private static AlertSpec Alerting(SectionReader alerting)
    {
        var spec = new AlertSpec
        {
            Name = alerting.String("name"),
            Labels = alerting.StringMap("labels"),
            Annotations = alerting.StringMap("annotations"),
        };

        // Sloth's Kubernetes examples also write the snake_case keys; both spellings are read.
        var page = alerting.Mapping("pageAlert") ?? alerting.Mapping("page_alert");
        var ticket = alerting.Mapping("ticketAlert") ?? alerting.Mapping("ticket_alert");
        alerting.Finish();
        return spec with
        {
            Page = page is null || !Disabled(page),
            PageLabels = page?.StringMap("labels") ?? spec.PageLabels,
            Ticket = ticket is null || !Disabled(ticket),
            TicketLabels = ticket?.StringMap("labels") ?? spec.TicketLabels,
        };
    }

    private static bool Disabled(SectionReader alert)
    {
        var disabled = alert.Bool("disable", false);
        alert.StringMap("annotations");
        alert.StringMap("labels");
        alert.Finish();
        return disabled;
    }

    private static List<(string Id, SourceLocation Location)> Plugins(SectionReader holder, string key)
    {
        var plugins = holder.Mapping(key);
        if (plugins is null)
        {
            return [];
        }

        plugins.Bool("overridePrevious", false);
        var chain = new List<(string, SourceLocation)>();
        foreach (var item in plugins.MappingList("chain"))
        {
            chain.Add((item.RequiredString("id"), item.LocationOf("id")));
            item.Int("priority", 0);
            item.Raw("config");
            item.Finish();
        }

        plugins.Finish();
        return chain;
    }

    private static string Camel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
