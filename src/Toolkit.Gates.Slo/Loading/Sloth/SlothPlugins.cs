using System.Globalization;
using System.Text.RegularExpressions;

namespace Toolkit.Gates.Slo.Loading.Sloth;

/// <summary>
/// Sloth SLI plugins (<c>sli.plugin</c>) expanded to the error-ratio query they generate: the common set of
/// github.com/slok/sloth-common-sli-plugins and Sloth's getting-started example plugin. Each returns a raw error
/// ratio with Sloth's <c>{{.window}}</c> placeholder.
/// </summary>
internal static partial class SlothPlugins
{
    private const string W = "{{.window}}";

    /// <summary>The plugin ids this version expands.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "sloth-common/kubernetes/apiserver/availability",
        "sloth-common/kubernetes/apiserver/latency",
        "sloth-common/prometheus/rules/eval-availability",
        "sloth-common/coredns/availability",
        "sloth-common/coredns/latency",
        "sloth-common/traefik/v2/availability",
        "sloth-common/traefik/v2/latency",
        "sloth_common/noop",
        "getting_started_availability",
    ];

    /// <summary>The error-ratio query of plugin <paramref name="id"/>, or the problem (unknown id, missing or invalid option).</summary>
    public static (string? Query, string? Problem) Expand(string id, IReadOnlyDictionary<string, string> options)
    {
        var filter = (options.GetValueOrDefault("filter") ?? string.Empty).Trim().Trim('{', '}', ',');
        var withComma = filter.Length == 0 ? string.Empty : filter + ",";
        switch (id)
        {
            case "sloth-common/kubernetes/apiserver/availability":
                return ($"sum(rate(apiserver_request_total{{ {withComma}code=~\"(5..|429)\" }}[{W}]))\n/\nsum(rate(apiserver_request_total{{ {filter} }}[{W}]))", null);
            case "sloth-common/kubernetes/apiserver/latency":
                return Bucket(options) is not { } apiBucket ? (null, BucketProblem(id))
                    : ($"(\n  sum(rate(apiserver_request_duration_seconds_count{{ {withComma}verb!=\"WATCH\" }}[{W}]))\n  -\n  sum(rate(apiserver_request_duration_seconds_bucket{{ {withComma}le=\"{apiBucket}\",verb!=\"WATCH\" }}[{W}]))\n)\n/\nsum(rate(apiserver_request_duration_seconds_count{{ {withComma}verb!=\"WATCH\" }}[{W}]))", null);
            case "sloth-common/prometheus/rules/eval-availability":
                return ($"sum(rate(prometheus_rule_evaluation_failures_total{{ {filter} }}[{W}]))\n/\nsum(rate(prometheus_rule_evaluations_total{{ {filter} }}[{W}]))", null);
            case "sloth-common/coredns/availability":
                var rcodes = options.GetValueOrDefault("custom_rcode_regex")?.Trim() is { Length: > 0 } custom ? custom : "SERVFAIL";
                return ($"sum(rate(coredns_dns_responses_total{{ {withComma}rcode=~\"{rcodes}\" }}[{W}]))\n/\n(sum(rate(coredns_dns_responses_total{{ {filter} }}[{W}])) > 0)", null);
            case "sloth-common/coredns/latency":
                return Bucket(options) is not { } dnsBucket ? (null, BucketProblem(id))
                    : ($"1 - ((\n  sum(rate(coredns_dns_request_duration_seconds_bucket{{ {withComma}le=\"{dnsBucket}\" }}[{W}]))\n  /\n  (sum(rate(coredns_dns_request_duration_seconds_count{{ {filter} }}[{W}])) > 0)\n) OR on() vector(1))", null);
            case "sloth-common/traefik/v2/availability" or "sloth-common/traefik/v2/latency":
                return Traefik(id, options, withComma);
            case "sloth_common/noop":
                return ($"max_over_time(vector(0)[{W}:])", null);
            case "getting_started_availability":
                var job = options.GetValueOrDefault("job");
                return string.IsNullOrWhiteSpace(job) ? (null, $"plugin '{id}' needs the option job.")
                    : ($"sum(rate(http_request_duration_seconds_count{{ {withComma}job=\"{job}\",code=~\"(5..|429)\" }}[{W}]))\n/\nsum(rate(http_request_duration_seconds_count{{ {withComma}job=\"{job}\" }}[{W}]))", null);
            default:
                return (null, $"SLI plugin '{id}' is not one slo-gates expands; it expands {string.Join(", ", Known)}. Write the SLI as sli.events or sli.raw instead.");
        }
    }

    private static (string? Query, string? Problem) Traefik(string id, IReadOnlyDictionary<string, string> options, string filter)
    {
        var service = options.GetValueOrDefault("service_name_regex")?.Trim();
        if (string.IsNullOrEmpty(service))
        {
            return (null, $"plugin '{id}' needs the option service_name_regex.");
        }

        if (id.EndsWith("availability", StringComparison.Ordinal))
        {
            return ($"(\n  sum(rate(traefik_service_requests_total{{ {filter}service=~\"{service}\",code=~\"(5..)\" }}[{W}]))\n  /\n  (sum(rate(traefik_service_requests_total{{ {filter}service=~\"{service}\" }}[{W}])) > 0)\n) OR on() vector(0)", null);
        }

        if (Bucket(options) is not { } bucket)
        {
            return (null, BucketProblem(id));
        }

        var latencyFilter = options.GetValueOrDefault("exclude_errors") is "true" ? filter + "code!~\"5..\"," : filter;
        return ($"1 - ((\n  sum(rate(traefik_service_request_duration_seconds_bucket{{ {latencyFilter}service=~\"{service}\",le=\"{bucket}\" }}[{W}]))\n  /\n  (sum(rate(traefik_service_request_duration_seconds_count{{ {latencyFilter}service=~\"{service}\" }}[{W}])) > 0)\n) OR on() vector(1))", null);
    }

    private static string? Bucket(IReadOnlyDictionary<string, string> options) =>
        options.GetValueOrDefault("bucket") is { } b && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && NumberShape().IsMatch(b) ? b : null;

    private static string BucketProblem(string id) => $"plugin '{id}' needs the option bucket: the latency bucket (le) as a number, e.g. \"0.4\".";

    [GeneratedRegex(@"^[0-9eE.+\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();
}
