using Toolkit.Core.Prometheus;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Prometheus;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class PrometheusAuthTests(ProbeAppFixture app)
{
    [Theory]
    [InlineData("s3cret", null, null)]
    [InlineData(null, "user", "pass")]
    public async Task Credentials_are_sent_and_infinite_values_parsed(string? token, string? user, string? password)
    {
        // Given a Prometheus API that requires a bearer token or basic auth
        using var client = new PrometheusClient(new PrometheusOptions(new Uri(app.BaseUrl, "secured/")) { BearerToken = token, Username = user, Password = password });

        // When a query is sent
        var result = await client.QueryAsync("up", DateTimeOffset.UnixEpoch, CancellationToken.None);

        // Then it is accepted and "+Inf" is positive infinity with its labels and time
        var sample = Assert.Single(result.Samples);
        Assert.Equal((double.PositiveInfinity, "x", 1_700_000_000_500L), (sample.Value, sample.Labels["service"], sample.Time.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task An_api_error_comes_back_as_data_with_prometheus_message()
    {
        // Given no credentials
        using var client = new PrometheusClient(new PrometheusOptions(new Uri(app.BaseUrl, "secured/")));

        // When a query is sent
        var result = await client.QueryAsync("up", DateTimeOffset.UnixEpoch, CancellationToken.None);

        // Then the error is reported, not thrown
        Assert.Equal("Prometheus unauthorized: missing credentials", result.Error);
        Assert.True(double.IsNaN(result.Scalar));
    }
}
