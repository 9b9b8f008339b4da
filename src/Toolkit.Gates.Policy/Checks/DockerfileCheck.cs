using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Docker;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Checks one Dockerfile's text; null for a <c>Dockerfile.*</c> variant that is not a Dockerfile at all.</summary>
internal static class DockerfileCheck
{
    public static FileResult? Run(string path, string text, IReadOnlySet<string> disabled)
    {
        var counts = ScanCounts.Zero with { Files = 1, Dockerfiles = 1 };
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DockerfilePolicy.IsVariant(path) ? null : FileResult.Problem(path, 1, "is binary, not a Dockerfile; nothing in it was checked. Fix: remove it or rename it.");
        }

        var dockerfile = DockerfileParser.Parse(path, text);
        if (dockerfile.Stages.Count == 0 && IsSymbolicLink(text))
        {
            return null; // a symbolic link checked out as a file (core.symlinks=false): its target is checked itself
        }

        if (dockerfile.Stages.Count == 0)
        {
            // Dockerfile.* may be any file sharing the prefix; a file named Dockerfile must build something.
            return DockerfilePolicy.IsVariant(path) ? null : FileResult.Problem(path, 1, "has no FROM instruction, so no image is built from it and nothing in it was checked. Fix: add FROM <image>, or delete the file.");
        }

        return new FileResult(DockerfilePolicy.Check(dockerfile, disabled), null, AlertStats.Empty, counts);
    }

    /// <summary>One line that reads as a relative path (docker/Dockerfile.debian): how git writes a symlink without link support.</summary>
    private static bool IsSymbolicLink(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and < 256 && !trimmed.Contains('\n', StringComparison.Ordinal) && !trimmed.Contains(' ', StringComparison.Ordinal)
            && trimmed.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith('/') && !trimmed.StartsWith('#');
    }
}
