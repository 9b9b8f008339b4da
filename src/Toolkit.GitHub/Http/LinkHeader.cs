using System.Net.Http.Headers;

namespace Toolkit.GitHub.Http;

/// <summary>Reads GitHub's pagination <c>Link</c> header (RFC 8288): <c>&lt;url&gt;; rel="next", ...</c>.</summary>
internal static class LinkHeader
{
    public static Uri? Next(HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var values) ? Find(string.Join(",", values), "next") : null;

    public static Uri? Find(string header, string rel)
    {
        foreach (var part in header.Split(','))
        {
            var pieces = part.Split(';');
            var target = pieces[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
            {
                continue;
            }

            var hasRel = pieces.Skip(1)
                .Select(p => p.Trim())
                .Any(p => p.StartsWith("rel=", StringComparison.OrdinalIgnoreCase) &&
                          p[4..].Trim('"').Split(' ').Contains(rel, StringComparer.OrdinalIgnoreCase));
            if (hasRel && Uri.TryCreate(target[1..^1], UriKind.Absolute, out var uri))
            {
                return uri;
            }
        }

        return null;
    }
}
