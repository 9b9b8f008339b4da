using System.Net;
using System.Text.Json.Nodes;
using Toolkit.Core.Runtime;
using Toolkit.GitHub.Checks;
using Toolkit.GitHub.Users;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Client;

public sealed class ClientTests : FakeGitHubTest
{
    [Fact]
    public async Task Sends_the_headers_GitHub_documents()
    {
        await Client.Users.GetAuthenticatedAsync();

        var headers = Assert.Single(Server.Requests).Headers;
        Assert.Equal("application/vnd.github+json", headers["accept"]);
        Assert.Equal("2022-11-28", headers["x-github-api-version"]);
        Assert.Equal("toolkit-gate/" + ToolkitInfo.Version, headers["user-agent"]);
        Assert.Equal("Bearer " + FakeGitHubServer.Token, headers["authorization"]);
    }

    [Fact]
    public async Task Follows_link_headers_across_pages_asking_for_one_hundred_per_page()
    {
        Server.State.MaxPerPage = 2;
        foreach (var i in Enumerable.Range(1, 5))
        {
            Server.State.AddComment(7, "someone", $"comment {i}");
        }

        var comments = await Client.IssueComments.ListAsync(Repo, 7);

        Assert.Equal(["comment 1", "comment 2", "comment 3", "comment 4", "comment 5"], comments.Select(c => c.Body));
        Assert.Equal(3, Server.Requests.Count);
        Assert.Contains("per_page=100", Server.Requests[0].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("page=3", Server.Requests[2].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turns_an_error_answer_into_a_typed_exception_with_message_and_documentation_url()
    {
        var error = await Assert.ThrowsAsync<GitHubApiException>(() => Client.IssueComments.GetAsync(Repo, 999));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Not Found", error.GitHubMessage);
        Assert.Equal("https://docs.github.com/rest", error.DocumentationUrl);
        Assert.True(error.IsNotFound);
        Assert.Contains("/repos/octo/app/issues/comments/999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_check_run_states_GitHub_adds_later_without_failing()
    {
        Server.State.CheckRuns.Add(new JsonObject
        {
            ["id"] = 1L, ["name"] = "supply-chain", ["head_sha"] = "abc", ["status"] = "some_future_status", ["conclusion"] = "startup_failure",
        });

        var runs = await Client.Checks.ListForRefAsync(Repo, "abc", "supply-chain");

        Assert.Equal("some_future_status", Assert.Single(runs).Status);
        Assert.Equal("startup_failure", runs[0].Conclusion);
        Assert.Equal("/repos/octo/app/commits/abc/check-runs?check_name=supply-chain&per_page=100", Server.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task Knows_the_token_login_from_the_user_endpoint()
    {
        Server.State.Login = "octocat";

        Assert.Equal("octocat", await Client.Users.GetTokenLoginAsync());
        Assert.Equal("octocat", await Client.Users.GetTokenLoginAsync());
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Falls_back_to_the_actions_bot_when_an_installation_token_may_not_read_the_user()
    {
        Server.State.UserEndpointForbidden = true;

        Assert.Equal(UsersClient.ActionsBotLogin, await Client.Users.GetTokenLoginAsync());
    }

    [Fact]
    public async Task Reads_a_pull_request_and_every_page_of_its_files()
    {
        Server.State.MaxPerPage = 2;
        Server.State.PullRequests[3] = JsonNode.Parse("""
            {"number":3,"state":"open","title":"Add gate","draft":false,
             "head":{"ref":"feature","sha":"h1"},"base":{"ref":"main","sha":"b1"},"user":{"login":"dev"}}
            """)!.AsObject();
        Server.State.PullRequestFiles[3] = [.. Enumerable.Range(1, 3).Select(i => new JsonObject
        {
            ["filename"] = $"src/{i}.cs", ["status"] = i == 3 ? "renamed" : "modified", ["additions"] = i, ["previous_filename"] = i == 3 ? "old.cs" : null,
        })];

        var pull = await Client.Pulls.GetAsync(Repo, 3);
        var files = await Client.Pulls.ListFilesAsync(Repo, 3);

        Assert.Equal(("feature", "h1", "main"), (pull.Head.Ref, pull.Head.Sha, pull.Base.Ref));
        Assert.Equal(["src/1.cs", "src/2.cs", "src/3.cs"], files.Select(f => f.Filename));
        Assert.Equal("old.cs", files[2].PreviousFilename);
    }

    [Fact]
    public async Task Serializes_check_run_annotations_with_the_documented_field_names()
    {
        await Client.Checks.CreateAsync(Repo, new NewCheckRun("supply-chain", "abc")
        {
            Status = CheckRunStatus.InProgress,
            Output = new CheckRunOutput("t", "s")
            {
                Annotations = [new CheckRunAnnotation("a.cs", 3, 3, AnnotationLevel.Warning, "m") { StartColumn = 1, EndColumn = 4, Title = "x" }],
            },
        });

        var body = JsonNode.Parse(Server.Requests[0].Body!)!;
        Assert.Equal("in_progress", (string?)body["status"]);
        Assert.Equal("abc", (string?)body["head_sha"]);
        var annotation = body["output"]!["annotations"]![0]!.AsObject();
        Assert.Equal(
            ["path", "start_line", "end_line", "annotation_level", "message", "start_column", "end_column", "title"],
            annotation.Select(p => p.Key));
        Assert.False(body.AsObject().ContainsKey("conclusion"));
    }

    [Fact]
    public void Reads_the_api_url_and_token_from_the_actions_environment()
    {
        var environment = RunEnvironment.From(new Dictionary<string, string>
        {
            ["GITHUB_API_URL"] = "https://ghe.example.com/api/v3",
            ["GITHUB_TOKEN"] = "from-env",
        });

        var options = GitHubClientOptions.FromEnvironment(environment);
        var explicitToken = GitHubClientOptions.FromEnvironment(environment, token: "explicit");
        var defaults = GitHubClientOptions.FromEnvironment(RunEnvironment.From(new Dictionary<string, string>()));

        Assert.Equal("https://ghe.example.com/api/v3", options.BaseUrl.AbsoluteUri);
        Assert.Equal("from-env", options.Token);
        Assert.Equal("explicit", explicitToken.Token);
        Assert.Equal("https://api.github.com/", defaults.BaseUrl.AbsoluteUri);
        Assert.Null(defaults.Token);
        Assert.Equal(TimeSpan.FromMinutes(5), defaults.TotalRetryBudget);
    }

    [Fact]
    public async Task Keeps_the_api_path_prefix_of_a_GitHub_Enterprise_Server_url()
    {
        using var client = Server.CreateClient(Time, o => o with { BaseUrl = new Uri(Server.BaseUrl, "api/v3") });

        await Assert.ThrowsAsync<GitHubApiException>(() => client.Users.GetAuthenticatedAsync());

        Assert.Equal("/api/v3/user", Server.Requests[0].PathAndQuery);
    }

    [Fact]
    public void Reports_every_invalid_option_in_one_message()
    {
        var options = new GitHubClientOptions { TotalRetryBudget = TimeSpan.FromSeconds(-1), RequestTimeout = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new GitHubClient(options));

        Assert.Contains("TotalRetryBudget", error.Message, StringComparison.Ordinal);
        Assert.Contains("RequestTimeout", error.Message, StringComparison.Ordinal);
    }
}
