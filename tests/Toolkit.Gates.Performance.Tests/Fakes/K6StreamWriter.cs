using System.Globalization;
using System.Text;

namespace Toolkit.Gates.Performance.Tests.Fakes;

/// <summary>Writes a k6 <c>--out json</c> stream line by line, the way k6 itself does (Metric declarations, then Points).</summary>
internal sealed class K6StreamWriter
{
    private readonly StringBuilder builder = new();
    private readonly HashSet<string> declared = new(StringComparer.Ordinal);
    private readonly DateTimeOffset start = new(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(2));

    public K6StreamWriter Metric(string name, string type, string contains = "default")
    {
        if (declared.Add(name))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"Metric\",\"data\":{{\"name\":\"{name}\",\"type\":\"{type}\",\"contains\":\"{contains}\",\"thresholds\":[],\"submetrics\":null}},\"metric\":\"{name}\"}}\n");
        }

        return this;
    }

    public K6StreamWriter Point(string metric, double seconds, double value, string status = "200", string method = "GET")
    {
        var time = start.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "+02:00";
        builder.Append(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Point\",\"data\":{{\"time\":\"{time}\",\"value\":{value.ToString("R", CultureInfo.InvariantCulture)},\"tags\":{{\"expected_response\":\"{(status == "200" ? "true" : "false")}\",\"group\":\"\",\"method\":\"{method}\",\"name\":\"http://api.local/orders\",\"proto\":\"HTTP/1.1\",\"scenario\":\"default\",\"status\":\"{status}\",\"tls_version\":\"\",\"url\":\"http://api.local/orders\"}}}},\"metric\":\"{metric}\"}}\n");
        return this;
    }

    /// <summary>One request: duration, failed flag and the request counter, as k6 emits them.</summary>
    public K6StreamWriter Request(double seconds, double durationMs, bool failed = false, string status = "200")
    {
        Metric("http_reqs", "counter").Metric("http_req_duration", "trend", "time").Metric("http_req_failed", "rate");
        Point("http_reqs", seconds, 1, status);
        Point("http_req_duration", seconds, durationMs, status);
        Point("http_req_failed", seconds, failed ? 1 : 0, status);
        return this;
    }

    public K6StreamWriter Vus(double seconds, int vus)
    {
        Metric("vus", "gauge");
        builder.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"data\":{{\"time\":\"{start.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture)}+02:00\",\"value\":{vus},\"tags\":null}},\"metric\":\"vus\"}}\n");
        return this;
    }

    public K6StreamWriter Raw(string line)
    {
        builder.Append(line).Append('\n');
        return this;
    }

    public override string ToString() => builder.ToString();
}
