using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Testing.GitHub;
using static Toolkit.Gates.SupplyChain.Tests.Fakes.OsvApiScenario;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvApiFaultTests
{
    [Fact]
    public async Task A_server_error_is_retried_after_a_backoff_and_the_gate_decides_as_usual()
    {
        // Given a querybatch that fails once with 500
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Inject(Fault.ServerError(500).On("POST", "/v1/querybatch"));

        // When the gate runs
        var (verdict, clock) = await scenario.RunAsync();

        // Then it waited once (jittered, 0.5-1 s), asked again and found the advisory
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Contains(verdict.Findings, f => f.RuleId == SupplyChainSampleRepository.CriticalAdvisory);
        Assert.Equal(2, scenario.Server.BatchRequests);
        var wait = Assert.Single(clock.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.Equal(4, Metric(verdict, "osv.api_requests"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_wait_retry_after_asks_for()
    {
        // Given a record fetch throttled with retry-after: 7
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Inject(Fault.TooManyRequests(7).On("GET", "/v1/vulns/"));

        // When the gate runs
        var (verdict, clock) = await scenario.RunAsync();

        // Then it waited exactly 7 s and carried on
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Waits);
        Assert.Equal(3, scenario.Server.RecordRequests);
    }

    [Fact]
    public async Task An_unreachable_api_is_an_error_naming_the_url_and_the_way_out()
    {
        // Given an API URL where nothing listens
        await using var scenario = await StartAsync();
        var closed = FakeOsvServer.ClosedUrl();
        scenario.UseApi(closed);

        // When the gate runs
        var (verdict, clock) = await scenario.RunAsync();

        // Then after retrying within the budget it is an error, not a pass, and says what to do (no stack trace)
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var message = Error(verdict);
        Assert.Contains($"the OSV API at {closed.AbsoluteUri.TrimEnd('/')} is unreachable", message, StringComparison.Ordinal);
        Assert.Contains("'osv_api.offline: true'", message, StringComparison.Ordinal);
        Assert.Contains("'osv_database'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.NotEmpty(clock.Waits);
        Assert.True(clock.Waited <= TimeSpan.FromMinutes(2), clock.Waited.ToString());
    }

    [Fact]
    public async Task A_refused_connection_fails_after_a_few_attempts_instead_of_retrying_for_the_whole_budget()
    {
        // Given an API URL where nothing listens, and the default 2 minute budget
        await using var scenario = await StartAsync();
        scenario.UseApi(FakeOsvServer.ClosedUrl());

        // When the gate runs
        var (verdict, clock) = await scenario.RunAsync();

        // Then it gave up after 3 attempts and seconds of waiting (not 93 s of retries), and says why
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("nothing answered 3 attempts", Error(verdict), StringComparison.Ordinal);
        Assert.Equal(2, clock.Waits.Count);
        Assert.True(clock.Waited < TimeSpan.FromSeconds(10), clock.Waited.ToString());
    }

    [Fact]
    public async Task Persistent_server_errors_stop_within_the_budget_and_fail_closed()
    {
        // Given a server that answers 503 to everything, and a 1 minute budget
        await using var scenario = await StartAsync("budget: 1m");
        scenario.Server.Inject([.. Enumerable.Range(0, 50).Select(_ => Fault.ServerError(503))]);

        // When the gate runs
        var (verdict, clock) = await scenario.RunAsync();

        // Then it gave up without passing the budget, and the error says so with the last answer
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var message = Error(verdict);
        Assert.Contains("answered HTTP 503 to POST /v1/querybatch after", message, StringComparison.Ordinal);
        Assert.Contains("of the 1m budget", message, StringComparison.Ordinal);
        Assert.True(clock.Waited <= TimeSpan.FromMinutes(1), clock.Waited.ToString());
    }

    [Fact]
    public async Task Garbage_instead_of_json_is_an_error_not_an_empty_answer()
    {
        // Given a querybatch answered 200 with an HTML page (a captive proxy)
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Inject(new Fault("garbage") { Status = 200, Body = "<html>Please log in</html>" }.On("POST", "/v1/querybatch"));

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then the verdict is error, never a pass with no vulnerabilities
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("answered POST /v1/querybatch with malformed JSON", Error(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_that_is_not_the_one_asked_for_is_an_error()
    {
        // Given a vulns/{id} answered with a JSON object that is not an OSV record
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Inject(new Fault("wrong") { Status = 200, Body = """{"message":"ok"}""" }.On("GET", "/v1/vulns/"));

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then it fails closed
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("with something that is not the OSV record of", Error(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_that_is_json_but_not_osv_shaped_is_an_error_naming_its_url()
    {
        // Given the critical advisory served with a number where a range object belongs
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        const string broken = $$"""{"id": "{{SupplyChainSampleRepository.CriticalAdvisory}}", "modified": "2026-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "NuGet", "name": "Acme.Json"}, "ranges": [1]}]}""";
        scenario.Server.Inject(new Fault("not osv") { Status = 200, Body = broken }.On("GET", "/v1/vulns/" + SupplyChainSampleRepository.CriticalAdvisory));

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then it fails closed, naming the record's URL, rather than stopping on an internal error
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains($"/v1/vulns/{SupplyChainSampleRepository.CriticalAdvisory}: not a valid OSV record", Error(verdict), StringComparison.Ordinal);
    }
}
