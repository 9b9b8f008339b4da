using Toolkit.Core.Prometheus;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Prometheus;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class PrometheusClientTests(PrometheusFixture prometheus)
{
    [Fact]
    public async Task A_range_query_returns_one_point_per_step()
    {
        // Given the client
        using var client = new PrometheusClient(new PrometheusOptions(prometheus.Url));

        // When the fast-burn error ratio is read over the last two hours at 10-minute steps
        var result = await client.QueryRangeAsync(
            "sum(rate(http_requests_total{service=\"fastburn\",code=\"500\"}[5m])) / sum(rate(http_requests_total{service=\"fastburn\"}[5m]))",
            prometheus.End.AddHours(-2), prometheus.End, TimeSpan.FromMinutes(10), CancellationToken.None);

        // Then there are 13 points: low before the burn started an hour ago, 0.2 after
        var series = Assert.Single(result.Series);
        Assert.Equal(13, series.Points.Count);
        Assert.True(series.Points[0].Value < 0.01);
        Assert.Equal(0.2, series.Points[^1].Value, 6);
    }

    [Fact]
    public async Task A_division_by_zero_comes_back_as_nan_not_a_number_parse_error()
    {
        // Given the client
        using var client = new PrometheusClient(new PrometheusOptions(prometheus.Url));

        // When a query divides zero by zero
        var result = await client.QueryAsync("vector(0) / vector(0)", prometheus.End, CancellationToken.None);

        // Then the value is NaN, which SLIs treat as no data
        Assert.True(double.IsNaN(Assert.Single(result.Samples).Value));
        Assert.True(double.IsNaN(result.Scalar));
    }
}
