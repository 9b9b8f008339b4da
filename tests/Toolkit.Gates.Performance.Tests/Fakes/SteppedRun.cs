namespace Toolkit.Gates.Performance.Tests.Fakes;

/// <summary>
/// A stepped k6 run: 10, 20, 30, 40 and 50 VUs for 30 s each, about 10 requests per VU-second... scaled down. Latency and
/// errors grow with load so that 40 VUs breaks a p95 &lt;= 300 ms SLO.
/// </summary>
internal static class SteppedRun
{
    public static string Write()
    {
        var writer = new K6StreamWriter();
        var random = new Random(42);
        var t = 0.0;
        foreach (var (vus, latency, errorEvery) in new[] { (10, 80.0, 0), (20, 120.0, 0), (30, 190.0, 400), (40, 420.0, 20), (50, 900.0, 5) })
        {
            writer.Vus(t, vus);
            var requests = vus * 10;
            for (var i = 0; i < requests; i++)
            {
                var duration = latency * (0.6 + (random.NextDouble() * 0.6));
                writer.Request(t + (i * 30.0 / requests), duration, errorEvery > 0 && i % errorEvery == 0, errorEvery > 0 && i % errorEvery == 0 ? "503" : "200");
            }

            t += 30;
        }

        return writer.ToString();
    }
}
