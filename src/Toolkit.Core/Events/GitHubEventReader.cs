using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Core.Runtime;

namespace Toolkit.Core.Events;

/// <summary>
/// Reads the triggering event of a GitHub Actions run. Problems with the event file (missing, unreadable, not JSON)
/// come back as <see cref="GitHubEventResult.Error"/> naming the file; unknown payload shapes are read as far as they go.
/// </summary>
public static class GitHubEventReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads <c>GITHUB_EVENT_NAME</c> and the payload at <c>GITHUB_EVENT_PATH</c>.</summary>
    public static GitHubEventResult Read(RunEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (env.EventName is not { } eventName)
        {
            return GitHubEventResult.Failed("GITHUB_EVENT_NAME is not set: the event context is only available in a GitHub Actions run.");
        }

        if (env.EventPath is not { } path)
        {
            // Events without a payload we need still have a usable context; the ones we read do not.
            return IsPayloadEvent(eventName)
                ? GitHubEventResult.Failed($"GITHUB_EVENT_PATH is not set, so the '{eventName}' event payload cannot be read.")
                : GitHubEventResult.Ok(FromPayload(eventName, default, env));
        }

        return ReadFile(eventName, path, env);
    }

    /// <summary>Builds the context from an already parsed payload (<c>default</c> for none) and the runner variables.</summary>
    public static GitHubEventContext FromPayload(string eventName, JsonElement payload, RunEnvironment env)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentNullException.ThrowIfNull(env);
        return GitHubEventPayload.ToContext(eventName, payload, env);
    }

    private static GitHubEventResult ReadFile(string eventName, string path, RunEnvironment env)
    {
        var (bytes, unreadable) = UserFiles.ReadBytes(path, path);
        if (bytes is null)
        {
            return GitHubEventResult.Failed($"{path}: cannot read the '{eventName}' event payload (GITHUB_EVENT_PATH): {unreadable!.Reason}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return GitHubEventResult.Failed(
                    $"{path}: the '{eventName}' event payload is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, expected an object.");
            }

            return GitHubEventResult.Ok(FromPayload(eventName, document.RootElement, env));
        }
        catch (JsonException ex)
        {
            var place = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            return GitHubEventResult.Failed($"{path}: the '{eventName}' event payload is not valid JSON{place}.");
        }
    }

    private static bool IsPayloadEvent(string eventName) =>
        GitHubEventNames.IsPullRequest(eventName)
        || eventName is GitHubEventNames.Push or GitHubEventNames.MergeGroup or GitHubEventNames.WorkflowDispatch;
}
