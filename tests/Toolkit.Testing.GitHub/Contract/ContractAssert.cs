using System.Text;

namespace Toolkit.Testing.GitHub.Contract;

/// <summary>Assertions that recorded requests are ones GitHub's published REST description documents.</summary>
public static class ContractAssert
{
    /// <summary>
    /// Fails unless every request the fake received since it started (<see cref="FakeGitHubServer.History"/>, GETs and
    /// bodiless requests included) matches each description (by default api.github.com and GHES 3.17). Requests for
    /// which <paramref name="except"/> is true (ones a test sends invalid on purpose) are left out. Passes when nothing
    /// is left to check: a test that never reached GitHub has nothing to break the contract with.
    /// </summary>
    public static void ServerRequestsMatch(
        FakeGitHubServer server,
        Func<RecordedRequest, bool>? except = null,
        IReadOnlyList<GitHubContract>? contracts = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        RequestsMatch(server.History, except, contracts);
    }

    /// <summary>
    /// Like <see cref="AllMatch"/> for recorded requests, leaving out those <paramref name="except"/> picks, and passing
    /// when none is left (where <see cref="AllMatch"/> would fail).
    /// </summary>
    public static void RequestsMatch(
        IEnumerable<RecordedRequest> requests,
        Func<RecordedRequest, bool>? except = null,
        IReadOnlyList<GitHubContract>? contracts = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var checkedRequests = requests.Where(r => except is null || !except(r)).ToList();
        if (checkedRequests.Count == 0)
        {
            return;
        }

        AllMatch(checkedRequests.Select(r => (r.Method, r.PathAndQuery, r.Body)), contracts);
    }

    /// <summary>
    /// Fails, listing every violation of every request, unless all requests match each description (by default both
    /// api.github.com and GHES 3.17, since the toolkit supports both). Fails on an empty list too: recording nothing
    /// usually means the recorder was not wired in, and the assertion would otherwise pass without checking anything.
    /// </summary>
    public static void AllMatch(
        IEnumerable<(string Method, string PathAndQuery, string? Body)> requests,
        IReadOnlyList<GitHubContract>? contracts = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var recorded = requests.ToList();
        if (recorded.Count == 0)
        {
            Assert.Fail("No requests to check against GitHub's REST description: was the request recorder wired in?");
        }

        var violations = (contracts ?? GitHubContract.All)
            .SelectMany(contract => recorded.SelectMany(r => contract.Check(r.Method, r.PathAndQuery, r.Body)))
            .ToList();
        if (violations.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append(violations.Count).Append(" violation(s) of GitHub's REST description in ")
            .Append(recorded.Count).AppendLine(" request(s):");
        foreach (var violation in violations)
        {
            message.Append("  - ").AppendLine(violation.ToString());
        }

        Assert.Fail(message.ToString());
    }
}
