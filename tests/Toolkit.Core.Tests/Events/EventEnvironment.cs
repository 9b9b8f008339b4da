using Toolkit.Core.Runtime;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Events;

/// <summary>Runner variables for a simulated GitHub Actions job, and the shared webhook payloads.</summary>
internal static class EventEnvironment
{
    public const string RunnerSha = "1111111111111111111111111111111111111111";

    public static string Webhooks => Path.Combine(RepositoryPaths.Contracts, "github", "webhooks");

    public static string Webhook(string fileName) => Path.Combine(Webhooks, fileName);

    public static RunEnvironment For(string? eventName, string? eventPath, params (string Name, string Value)[] more)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_SHA"] = RunnerSha,
            ["GITHUB_REPOSITORY"] = "runner-owner/runner-repo",
        };
        if (eventName is not null)
        {
            variables["GITHUB_EVENT_NAME"] = eventName;
        }

        if (eventPath is not null)
        {
            variables["GITHUB_EVENT_PATH"] = eventPath;
        }

        foreach (var (name, value) in more)
        {
            variables[name] = value;
        }

        return RunEnvironment.From(variables);
    }
}
