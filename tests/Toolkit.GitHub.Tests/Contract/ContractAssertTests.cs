using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.GitHub.Tests.Contract;

public sealed class ContractAssertTests
{
    [Fact]
    public void Passes_when_every_request_matches_both_descriptions()
    {
        ContractAssert.AllMatch(
        [
            ("POST", "/repos/o/r/issues/1/comments", "{\"body\":\"hi\"}"),
            ("GET", "/repos/o/r/pulls/1/files?per_page=100", null),
        ]);
    }

    [Fact]
    public void Fails_listing_every_violation_of_every_request()
    {
        var failure = Assert.ThrowsAny<Exception>(() => ContractAssert.AllMatch(
        [
            ("POST", "/repos/o/r/statuses/abc", "{\"state\":\"green\"}"),
            ("GET", "/repos/o/r/pulls/1/files?size=3", null),
        ]));

        Assert.StartsWith("4 violation(s) of GitHub's REST description in 2 request(s):", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[api.github.com] POST /repos/o/r/statuses/abc (repos/create-commit-status) $.state: \"green\" is not one of", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[ghes-3.17] GET /repos/o/r/pulls/1/files?size=3 (pulls/list-files) query.size: is not a query parameter", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_there_is_nothing_to_check()
    {
        var failure = Assert.ThrowsAny<Exception>(() => ContractAssert.AllMatch([]));

        Assert.Contains("No requests to check", failure.Message, StringComparison.Ordinal);
    }
}
