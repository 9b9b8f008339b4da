using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Toolkit.Cli.Serve;
using Toolkit.Gates.Slo.Canary.Judge;
using Toolkit.Core.Prometheus;

namespace Toolkit.Cli.Tests.Serve;

/// <summary>gate serve's judge over real HTTP against a real Prometheus, in the request shapes of Argo Rollouts and Flagger.</summary>
[Trait("Needs", "Prometheus")]
public sealed class JudgeServerTests(CanaryPrometheusFixture prometheus) : IClassFixture<CanaryPrometheusFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body, Uri? prometheusUrl = null)
    {
        using var client = new PrometheusClient(new PrometheusOptions(prometheusUrl ?? prometheus.Url));
        var endpoint = new IPEndPoint(IPAddress.Loopback, FreePort());
        await using var app = JudgeServer.Build(endpoint, new CanaryJudge(client, new JudgeSettings(), TimeProvider.System));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://{endpoint}/") };
        using var response = await http.PostAsJsonAsync(path, body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        await app.StopAsync();
        return (response.StatusCode, json);
    }

    // Argo Rollouts' web provider posts the body its AnalysisTemplate declares: the judge's fields as they are.
    private Dictionary<string, object> Argo(string app) => new()
    {
        ["baseline_selector"] = $"app=\"{app}\",track=\"stable\"",
        ["canary_selector"] = $"app=\"{app}\",track=\"canary\"",
        ["metric"] = "http_requests_total",
        ["error_selector"] = "code=~\"5..\"",
        ["step"] = 2,
        ["at"] = prometheus.End.ToUnixTimeSeconds(),
    };

    [Fact]
    public async Task A_healthy_canary_passes()
    {
        var (status, body) = await PostAsync("v1/judge", Argo("healthy"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("pass", body.GetProperty("verdict").GetString());
        Assert.Equal(2, body.GetProperty("step").GetInt32());
        Assert.Equal("error_rate", body.GetProperty("comparisons")[0].GetProperty("metric").GetString());
    }

    [Fact]
    public async Task An_erroring_canary_fails_with_the_figures_that_decided_it()
    {
        var (status, body) = await PostAsync("v1/judge", Argo("erroring"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("fail", body.GetProperty("verdict").GetString());
        var comparison = body.GetProperty("comparisons")[0];
        Assert.InRange(comparison.GetProperty("canary").GetDouble(), 0.09, 0.11);
        Assert.True(comparison.GetProperty("p_value").GetDouble() < 0.05);
        Assert.Contains("significant (Mann-Whitney", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_little_canary_traffic_is_inconclusive_not_a_pass()
    {
        var (status, body) = await PostAsync("v1/judge", Argo("quiet"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("inconclusive", body.GetProperty("verdict").GetString());
        Assert.Contains("too little traffic", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirm-promotion", "healthy", HttpStatusCode.OK)]
    [InlineData("confirm-promotion", "erroring", HttpStatusCode.Conflict)]
    [InlineData("confirm-promotion", "quiet", HttpStatusCode.Conflict)]
    [InlineData("rollback", "erroring", HttpStatusCode.OK)]
    [InlineData("rollback", "quiet", HttpStatusCode.Conflict)]
    public async Task Flagger_webhooks_answer_2xx_only_for_what_they_ask(string hook, string app, HttpStatusCode expected)
    {
        // Flagger's webhook payload: the canary's identity, with the judge's fields as string metadata
        var metadata = Argo(app).ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));
        var payload = new { name = app, @namespace = "shop", phase = "Progressing", checksum = "85d557f47b", metadata };

        var (status, _) = await PostAsync($"v1/flagger/{hook}", payload);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task An_unreachable_prometheus_is_a_503_with_the_reason()
    {
        var (status, body) = await PostAsync("v1/judge", Argo("healthy"), new Uri("http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("unreachable", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_selectors_is_a_400_naming_each_missing_field()
    {
        var (status, body) = await PostAsync("v1/judge", new { metric = "http_requests_total", stepp = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var reasons = body.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(reasons, r => r!.StartsWith("unknown field 'stepp'", StringComparison.Ordinal));
        Assert.Contains("'canary_selector' is required (a non-empty string)", reasons);
    }

    [Fact]
    public async Task Healthz_answers_ok_without_asking_prometheus()
    {
        using var client = new PrometheusClient(new PrometheusOptions(new Uri("http://127.0.0.1:9/")));
        var endpoint = new IPEndPoint(IPAddress.Loopback, FreePort());
        await using var app = JudgeServer.Build(endpoint, new CanaryJudge(client, new JudgeSettings(), TimeProvider.System));
        await app.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri($"http://{endpoint}/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ok\"}", await response.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
