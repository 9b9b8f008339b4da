using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.Results;

/// <summary>
/// One load level of a stepped or ramping k6 run: the requests made while <c>vus</c> stood at <paramref name="Vus"/>.
/// </summary>
/// <param name="Vus">The virtual-user level (the last <c>vus</c> gauge value before the requests).</param>
/// <param name="Latency">Request durations (ms) at this level.</param>
/// <param name="Failed">Failed requests at this level (non-zero <c>http_req_failed</c> points).</param>
/// <param name="Checked">All <c>http_req_failed</c> points at this level.</param>
/// <param name="Seconds">Time between the first and the last request at this level.</param>
internal sealed record LoadStep(double Vus, LogHistogram Latency, long Failed, long Checked, double Seconds)
{
    public long Requests => Latency.Count;

    public double ErrorRate => Checked == 0 ? 0 : (double)Failed / Checked;

    /// <summary>Requests per second; 0 when the level lasted no measurable time.</summary>
    public double Throughput => Seconds > 0 ? Requests / Seconds : 0;
}
