using System.Text.Json;
using Toolkit.Core.Dependencies;
using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.DependencyGraph;

/// <summary>The <see href="https://docs.github.com/rest/dependency-graph/dependency-review">dependency review</see> API.</summary>
public sealed class DependencyGraphClient(GitHubConnection connection)
{
    /// <summary>
    /// <see href="https://docs.github.com/rest/dependency-graph/dependency-review#get-a-diff-of-the-dependencies-between-commits">GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}</see>:
    /// the dependencies added and removed between two commits (GitHub compares from their merge base), read straight
    /// into the toolkit's record of a change (the dependency-graph-diff schema's fields the gates use).
    /// </summary>
    public async Task<IReadOnlyList<DependencyReviewChange>> CompareAsync(GitHubRepository repository, string baseCommit, string headCommit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(baseCommit);
        ArgumentException.ThrowIfNullOrEmpty(headCommit);
        var basehead = Uri.EscapeDataString(baseCommit) + "..." + Uri.EscapeDataString(headCommit);
        var changes = await connection.SendAsync(HttpMethod.Get, $"{repository.Path}/dependency-graph/compare/{basehead}",
            GitHubJsonContext.Default.ListJsonElement, cancellationToken).ConfigureAwait(false) ?? [];
        return [.. changes.Select(ToChange)];
    }

    private static DependencyReviewChange ToChange(JsonElement change) => new(
        Text(change, "change_type") == "added",
        Text(change, "manifest") ?? string.Empty,
        Text(change, "ecosystem") ?? string.Empty,
        Text(change, "name") ?? string.Empty,
        Text(change, "version") ?? string.Empty,
        Text(change, "package_url"),
        Text(change, "license"),
        Text(change, "scope") ?? "unknown",
        change.TryGetProperty("vulnerabilities", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(v => new DependencyReviewAdvisory(Text(v, "advisory_ghsa_id") ?? string.Empty, Text(v, "severity") ?? string.Empty, Text(v, "advisory_summary") ?? string.Empty, Text(v, "advisory_url") ?? string.Empty))]
            : []);

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
