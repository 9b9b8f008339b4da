using System.Globalization;
using System.Text;

namespace Toolkit.Bench.Perf;

/// <summary>Writes a realistic k6 --out json stream of a given size: a stepped run (10..100 VUs) of HTTP requests.</summary>
internal static class Generator
{
    private static readonly string[] Urls = ["http://api.local/orders", "http://api.local/users/42", "http://api.local/catalog?page=3", "http://api.local/cart"];

    public static long Write(string path, long bytes)
    {
        var random = new Random(1);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var line = new byte[1024];
        var start = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
        foreach (var (name, type, contains) in new[] { ("vus", "gauge", "default"), ("http_reqs", "counter", "default"), ("http_req_duration", "trend", "time"), ("http_req_failed", "rate", "default"), ("http_req_waiting", "trend", "time") })
        {
            stream.Write(Encoding.UTF8.GetBytes($"{{\"type\":\"Metric\",\"data\":{{\"name\":\"{name}\",\"type\":\"{type}\",\"contains\":\"{contains}\",\"thresholds\":[],\"submetrics\":null}},\"metric\":\"{name}\"}}\n"));
        }

        long i = 0;
        var vus = 0;
        while (stream.Position < bytes)
        {
            var seconds = i / 2000.0;
            var level = 10 + (int)(seconds / 60) % 10 * 10;
            var time = start.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "Z";
            if (level != vus)
            {
                vus = level;
                stream.Write(Encoding.UTF8.GetBytes($"{{\"type\":\"Point\",\"data\":{{\"time\":\"{time}\",\"value\":{vus},\"tags\":null}},\"metric\":\"vus\"}}\n"));
            }

            var failed = random.Next(200) == 0;
            var status = failed ? "503" : "200";
            var url = Urls[i % Urls.Length];
            var duration = Math.Exp(4 + (level / 100.0) + (random.NextDouble() * 0.8));
            foreach (var (metric, value) in new[] { ("http_reqs", 1.0), ("http_req_duration", duration), ("http_req_waiting", duration * 0.9), ("http_req_failed", failed ? 1.0 : 0.0) })
            {
                var text = $"{{\"type\":\"Point\",\"data\":{{\"time\":\"{time}\",\"value\":{value.ToString("0.######", CultureInfo.InvariantCulture)},\"tags\":{{\"expected_response\":\"{(failed ? "false" : "true")}\",\"group\":\"\",\"method\":\"GET\",\"name\":\"{url}\",\"proto\":\"HTTP/1.1\",\"scenario\":\"stepped\",\"status\":\"{status}\",\"tls_version\":\"\",\"url\":\"{url}\"}}}},\"metric\":\"{metric}\"}}\n";
                var length = Encoding.UTF8.GetBytes(text, line);
                stream.Write(line, 0, length);
            }

            i++;
        }

        return stream.Position;
    }
}
