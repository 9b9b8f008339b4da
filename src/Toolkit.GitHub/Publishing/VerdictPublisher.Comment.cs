using Toolkit.GitHub.Issues;

namespace Toolkit.GitHub.Publishing;

/// <summary>
/// The sticky comment: one per gate, found by its hidden marker and the token's login; updated in place, never
/// duplicated. A race between two publishers of the same gate is settled after the fact: the oldest comment wins.
/// </summary>
public sealed partial class VerdictPublisher
{
    private async Task<PublishResult> UpsertCommentAsync(
        string gate, PublishRequest request, int pull, string body, PublishResult result, CancellationToken cancellationToken)
    {
        var repository = request.Repository;
        var desired = Prepare(body, gate);
        var login = await client.Users.GetTokenLoginAsync(cancellationToken).ConfigureAwait(false);
        var ours = Ours(await client.IssueComments.ListAsync(repository, pull, cancellationToken).ConfigureAwait(false), gate, login);

        if (ours.Count == 0)
        {
            var created = await client.IssueComments.CreateAsync(repository, pull, desired, cancellationToken).ConfigureAwait(false);

            // Another publisher of this gate may have created one at the same moment: the oldest stays, ours goes.
            var now = Ours(await client.IssueComments.ListAsync(repository, pull, cancellationToken).ConfigureAwait(false), gate, login);
            var oldest = now.Count == 0 ? created : now[0];
            if (oldest.Id == created.Id)
            {
                return result with { CommentId = created.Id, Comment = PublishAction.Created };
            }

            await DeleteAsync(repository, created.Id, cancellationToken).ConfigureAwait(false);
            return await KeepAsync(oldest, desired, repository, result with { DuplicateCommentsDeleted = 1 }, cancellationToken).ConfigureAwait(false);
        }

        // Leftovers of a past race: keep the oldest, delete the rest.
        foreach (var duplicate in ours.Skip(1))
        {
            await DeleteAsync(repository, duplicate.Id, cancellationToken).ConfigureAwait(false);
        }

        return await KeepAsync(ours[0], desired, repository, result with { DuplicateCommentsDeleted = ours.Count - 1 }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PublishResult> KeepAsync(IssueComment comment, string desired, GitHubRepository repository, PublishResult result, CancellationToken cancellationToken)
    {
        if (Same(comment.Body, desired))
        {
            return result with { CommentId = comment.Id, Comment = PublishAction.Unchanged };
        }

        await client.IssueComments.UpdateAsync(repository, comment.Id, desired, cancellationToken).ConfigureAwait(false);
        return result with { CommentId = comment.Id, Comment = PublishAction.Updated };
    }

    private async Task DeleteAsync(GitHubRepository repository, long id, CancellationToken cancellationToken)
    {
        try
        {
            await client.IssueComments.DeleteAsync(repository, id, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            // Already gone: the other publisher cleaned up first.
        }
    }

    private static List<IssueComment> Ours(IReadOnlyList<IssueComment> comments, string gate, string login)
    {
        var marker = CommentMarker.For(gate);
        return [.. comments
            .Where(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true &&
                        string.Equals(c.User?.Login, login, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)];
    }

    /// <summary>The body with the marker, within GitHub's 65,536 characters; the marker survives truncation.</summary>
    internal static string Prepare(string body, string gate)
    {
        var text = CommentMarker.Ensure(body, gate);
        if (text.Length <= IssueCommentBody.MaxLength)
        {
            return text;
        }

        var marker = CommentMarker.For(gate);
        var rest = text.Replace(marker, string.Empty, StringComparison.Ordinal).TrimStart('\n');
        return marker + "\n" + TextLimits.Truncate(rest, IssueCommentBody.MaxLength - marker.Length - 1);
    }

    /// <summary>GitHub stores bodies with CRLF at times; compare what a reader sees.</summary>
    private static bool Same(string? a, string b) =>
        a is not null && string.Equals(a.ReplaceLineEndings("\n").TrimEnd(), b.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
}
