using System.Text.RegularExpressions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>
/// Finds container image references in manifests (Kubernetes/Compose <c>image:</c> keys, Dockerfile <c>FROM</c>) that
/// are not pinned by digest (<c>@sha256:</c>): a tag can be moved, a digest cannot.
/// </summary>
internal static partial class ImagePinning
{
    /// <summary>(location, image) of every unpinned reference in the file.</summary>
    public static IEnumerable<(SourceLocation Location, string Image)> Unpinned(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        // Dockerfile build stages (FROM x AS build) are referenced by name later; those are not images.
        var stages = lines.Select(l => StageName().Match(l)).Where(m => m.Success).Select(m => m.Groups["stage"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ImageKey().Match(lines[i]);
            if (!match.Success)
            {
                match = FromLine().Match(lines[i]);
            }

            if (!match.Success)
            {
                continue;
            }

            var image = match.Groups["image"].Value.Trim('"', '\'');
            if (image.Length == 0 || image.Contains("${", StringComparison.Ordinal) || image.Equals("scratch", StringComparison.OrdinalIgnoreCase) || stages.Contains(image) || image.Contains("@sha256:", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (new SourceLocation(relativePath, i + 1, match.Groups["image"].Index + 1), image);
        }
    }

    [GeneratedRegex(@"^\s*-?\s*image:\s*(?<image>[""']?[^\s#""']+[""']?)")]
    private static partial Regex ImageKey();

    [GeneratedRegex(@"^\s*FROM\s+.*\s+AS\s+(?<stage>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StageName();

    [GeneratedRegex(@"^\s*FROM\s+(--platform=\S+\s+)?(?<image>[^\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();
}
