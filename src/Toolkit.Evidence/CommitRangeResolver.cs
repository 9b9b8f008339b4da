using Toolkit.Core.IO;
using Toolkit.Core.Json;

namespace Toolkit.Evidence;

/// <summary>
/// The commits a release covers. Given <c>from..to</c>, each side is resolved to a commit sha. Otherwise <c>to</c> is
/// <c>GITHUB_SHA</c>, else <c>git rev-parse HEAD</c>, else the commit every verdict was made for; <c>from</c> is the
/// previous tag (<c>git describe --tags --abbrev=0 to^</c>), else the base every verdict compared against, else none.
/// </summary>
public static class CommitRangeResolver
{
    /// <summary>Resolves the range to pack: <paramref name="explicitRange"/> when given, else derived as described above.</summary>
    /// <param name="explicitRange"><c>from..to</c> (<c>from</c> may be empty), or null to derive it.</param>
    /// <param name="githubSha"><c>GITHUB_SHA</c>, when running in Actions.</param>
    /// <param name="repositoryRoot">The git checkout to ask.</param>
    /// <param name="verdictDirectory">Where the verdict files are, whose provenance is the fallback.</param>
    /// <returns>The range, or why there is none.</returns>
    public static (CommitRange? Range, string? Error) Resolve(string? explicitRange, string? githubSha, string repositoryRoot, string verdictDirectory)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        ArgumentNullException.ThrowIfNull(verdictDirectory);
        if (explicitRange is not null)
        {
            return Explicit(explicitRange, repositoryRoot);
        }

        var provenance = Provenances(verdictDirectory);
        var to = githubSha ?? GitRevisions.Commit(repositoryRoot, "HEAD") ?? Unanimous(provenance.Select(p => p.CommitSha));
        if (to is null)
        {
            return (null, "no commit to pack for: pass --commit-range from..to, run in a git checkout, or set GITHUB_SHA.");
        }

        var tag = GitRevisions.PreviousTag(repositoryRoot, to);
        var from = (tag is null ? null : GitRevisions.Commit(repositoryRoot, tag)) ?? Unanimous(provenance.Select(p => p.BaseSha));
        return (new CommitRange(from, to), null);
    }

    private static (CommitRange? Range, string? Error) Explicit(string range, string repositoryRoot)
    {
        var parts = range.Split("..");
        if (parts.Length != 2 || parts[1].Length == 0 || parts.Any(p => p.StartsWith('.') || p.Any(char.IsWhiteSpace)))
        {
            return (null, $"'{range}' is not a commit range; write from..to (e.g. v2.9.0..HEAD, or ..<sha> for a first release).");
        }

        var resolved = parts.Select(p => p.Length == 0 ? null : GitRevisions.Commit(repositoryRoot, p) ?? (IsSha(p) ? p.ToLowerInvariant() : string.Empty)).ToList();
        var unknown = parts.Where((p, i) => resolved[i] == string.Empty).ToList();
        return unknown.Count > 0
            ? (null, $"{string.Join(" and ", unknown.Select(u => $"'{u}'"))} {(unknown.Count == 1 ? "names" : "name")} no commit of {repositoryRoot}; pass commit shas or revisions git knows.")
            : (new CommitRange(resolved[0], resolved[1]!), null);
    }

    private static bool IsSha(string text) => text.Length is >= 7 and <= 64 && text.All(char.IsAsciiHexDigit);

    /// <summary>The one value every verdict agrees on, or null when they disagree or say nothing.</summary>
    private static string? Unanimous(IEnumerable<string?> values)
    {
        var distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct is [{ } single] ? single : null;
    }

    private static List<Toolkit.Core.Verdicts.Provenance> Provenances(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, "*" + EvidenceLayout.VerdictSuffix)
            .Select(f => VerdictJson.Parse(ReadOrEmpty(f)).Verdict?.Provenance)
            .OfType<Toolkit.Core.Verdicts.Provenance>()
            .ToList();
    }

    /// <summary>An unreadable verdict says nothing here; the pack itself reports it.</summary>
    private static string ReadOrEmpty(string file)
    {
        return UserFiles.ReadLooseText(file, file).Text ?? string.Empty;
    }
}
