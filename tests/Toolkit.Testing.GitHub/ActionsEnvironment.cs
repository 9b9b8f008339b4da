using System.Text.Json.Nodes;
using Toolkit.GitHub;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// A simulated GitHub Actions job pointed at a <see cref="FakeGitHubServer"/>: a real webhook payload from
/// <c>contracts/github/webhooks</c> rewritten to the fake's repository, pull request number and head SHA and written
/// to a temp <c>GITHUB_EVENT_PATH</c>, empty <c>GITHUB_STEP_SUMMARY</c> and <c>GITHUB_OUTPUT</c> files, and the runner
/// variables. <see cref="Variables"/> feeds <c>Toolkit.Core.Runtime.RunEnvironment.From</c>. Dispose removes the files.
/// </summary>
public sealed class ActionsEnvironment : IDisposable
{
    /// <summary>The SHA the runner checked out (<c>GITHUB_SHA</c>): for pull requests, the test merge commit.</summary>
    public const string RunnerSha = "1111111111111111111111111111111111111111";

    /// <summary>The pull request head SHA used when none is given.</summary>
    public const string DefaultHeadSha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

    public const string DefaultRunId = "4242";

    private readonly TempDirectory folder = new();
    private readonly Dictionary<string, string> variables;

    private ActionsEnvironment(FakeGitHubServer server, GitHubRepository repository, string eventName, JsonObject payload, string? token)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(repository);
        Payload = payload;
        EventPath = folder.Write("event.json", payload.ToJsonString());
        StepSummaryPath = folder.Write("step-summary.md", string.Empty);
        OutputPath = folder.Write("output.txt", string.Empty);
        variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_API_URL"] = server.BaseUrl.ToString().TrimEnd('/'),
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_TOKEN"] = token ?? FakeGitHubServer.Token,
            ["GITHUB_REPOSITORY"] = $"{repository.Owner}/{repository.Name}",
            ["GITHUB_REPOSITORY_OWNER"] = repository.Owner,
            ["GITHUB_SHA"] = RunnerSha,
            ["GITHUB_RUN_ID"] = DefaultRunId,
            ["GITHUB_RUN_ATTEMPT"] = "1",
            ["GITHUB_ACTOR"] = "octocat",
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = EventPath,
            ["GITHUB_STEP_SUMMARY"] = StepSummaryPath,
            ["GITHUB_OUTPUT"] = OutputPath,
            ["GITHUB_WORKSPACE"] = folder.Path,
        };
    }

    /// <summary>The runner variables, for <c>RunEnvironment.From(...)</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables => variables;

    /// <summary>The event payload as written to <see cref="EventPath"/>.</summary>
    public JsonObject Payload { get; }

    public string EventPath { get; }

    public string StepSummaryPath { get; }

    public string OutputPath { get; }

    /// <summary>The shared webhook payloads: <c>contracts/github/webhooks</c>.</summary>
    public static string Webhooks => Path.Combine(RepositoryPaths.Contracts, "github", "webhooks");

    /// <summary>
    /// A <c>pull_request</c> job: the payload (by default <c>pull_request.opened.0.json</c>) with its repositories
    /// (base, head and <c>repository</c>: not a fork) rewritten to <paramref name="repository"/>, and the pull
    /// request's number and head SHA set.
    /// </summary>
    public static ActionsEnvironment PullRequest(
        FakeGitHubServer server,
        GitHubRepository repository,
        int number = 1,
        string headSha = DefaultHeadSha,
        string webhook = "pull_request.opened.0.json",
        string? token = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var payload = LoadPayload(webhook, repository);
        payload["number"] = number;
        if (payload["pull_request"] is JsonObject pull)
        {
            pull["number"] = number;
            if (pull["head"] is JsonObject head)
            {
                head["sha"] = headSha;
            }
        }

        return new ActionsEnvironment(server, repository, EventNameOf(webhook), payload, token);
    }

    /// <summary>Any event: <paramref name="webhook"/> (a file in <see cref="Webhooks"/>) rewritten to <paramref name="repository"/>.</summary>
    public static ActionsEnvironment ForEvent(FakeGitHubServer server, GitHubRepository repository, string webhook, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new ActionsEnvironment(server, repository, EventNameOf(webhook), LoadPayload(webhook, repository), token);
    }

    /// <summary>Sets (or, with null, removes) a variable, e.g. to simulate a job without a token.</summary>
    public ActionsEnvironment With(string name, string? value)
    {
        if (value is null)
        {
            variables.Remove(name);
        }
        else
        {
            variables[name] = value;
        }

        return this;
    }

    /// <summary>What the job wrote to its summary.</summary>
    public string ReadStepSummary() => File.ReadAllText(StepSummaryPath);

    /// <summary>The step outputs written to <c>GITHUB_OUTPUT</c>, both <c>name=value</c> and <c>name&lt;&lt;DELIMITER</c> forms; a later value wins.</summary>
    public IReadOnlyDictionary<string, string> ReadOutputs()
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(OutputPath);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var delimiter = line[(heredoc + 2)..];
                var value = new List<string>();
                while (++i < lines.Length && lines[i] != delimiter)
                {
                    value.Add(lines[i]);
                }

                outputs[line[..heredoc]] = string.Join('\n', value);
            }
            else if (equals > 0)
            {
                outputs[line[..equals]] = line[(equals + 1)..];
            }
        }

        return outputs;
    }

    public void Dispose() => folder.Dispose();

    /// <summary><c>pull_request.opened.0.json</c> → <c>pull_request</c>.</summary>
    private static string EventNameOf(string webhook) => Path.GetFileName(webhook).Split('.')[0];

    private static JsonObject LoadPayload(string webhook, GitHubRepository repository)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(Webhooks, webhook)))!.AsObject();
        if ((string?)payload["repository"]?["full_name"] is { } original)
        {
            Rewrite(payload, original, repository);
        }

        return payload;
    }

    /// <summary>Points every copy of the original repository (<c>repository</c>, a pull request's base and head) at the fake's.</summary>
    private static void Rewrite(JsonNode? node, string original, GitHubRepository repository)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["full_name"] is JsonValue fullName && (string?)fullName == original)
                {
                    obj["full_name"] = $"{repository.Owner}/{repository.Name}";
                    obj["name"] = repository.Name;
                    obj["fork"] = false;
                    if (obj["owner"] is JsonObject owner)
                    {
                        owner["login"] = repository.Owner;
                    }

                    foreach (var (key, value) in obj.ToList())
                    {
                        if (value is JsonValue text && text.TryGetValue<string>(out var url) && key.EndsWith("url", StringComparison.Ordinal))
                        {
                            obj[key] = url.Replace(original, $"{repository.Owner}/{repository.Name}", StringComparison.Ordinal);
                        }
                    }
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child, original, repository);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child, original, repository);
                }

                break;
        }
    }
}
