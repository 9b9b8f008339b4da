using System.Text;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.GitHub.Tests.Contract;

/// <summary>The check every <see cref="FakeGitHubTest"/> runs when a test ends.</summary>
public sealed class FakeServerContractCheckTests
{
    [Fact]
    public async Task Fails_on_an_off_contract_request_even_after_the_test_cleared_its_requests()
    {
        await using var server = new FakeGitHubServer();
        await server.InitializeAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        using (await http.GetAsync(new Uri("/repos/o/r/pulls/1/files?size=3", UriKind.Relative))) { }
        using (await http.PostAsync(new Uri("/repos/o/r/statuses/abc", UriKind.Relative), new StringContent("{\"state\":\"green\"}", Encoding.UTF8, "application/json"))) { }
        server.ClearRequests();

        var failure = Assert.ThrowsAny<Exception>(() => ContractAssert.ServerRequestsMatch(server));

        Assert.StartsWith("4 violation(s) of GitHub's REST description in 2 request(s):", failure.Message, StringComparison.Ordinal);
        Assert.Contains("query.size: is not a query parameter", failure.Message, StringComparison.Ordinal);
        Assert.Contains("$.state: \"green\" is not one of", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_out_requests_sent_invalid_on_purpose_and_passes_when_nothing_is_left()
    {
        await using var server = new FakeGitHubServer();
        await server.InitializeAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        using (await http.GetAsync(new Uri("/no/such/endpoint", UriKind.Relative))) { }

        ContractAssert.ServerRequestsMatch(server, except: r => r.Path == "/no/such/endpoint");
    }

    [Fact]
    public async Task Passes_when_the_fake_received_nothing()
    {
        await using var server = new FakeGitHubServer();
        await server.InitializeAsync();

        ContractAssert.ServerRequestsMatch(server);
    }
}
