using Toolkit.Gates.Policy.Kubernetes;

namespace Toolkit.Gates.Policy.Docker;

internal static partial class DockerfilePolicy
{
    /// <summary>
    /// Who the image runs as: the last USER of the final stage, else of the stage it is built FROM (following aliases
    /// back), else the base image's own default. Only a base known to run as non-root counts as non-root.
    /// </summary>
    private static void CheckLastUser(Dockerfile file, FindingSink sink)
    {
        if (file.Stages.Count == 0 || IsBaseImageFile(file.Path) || file.Path.Split('/').Contains(".devcontainer"))
        {
            return; // a base image's user is decided by the images built on it; a dev container's by devcontainer.json
        }

        var final = file.Stages[^1];
        var index = file.Stages.Count - 1;
        var stage = final;
        var chain = new List<string>();
        while (true)
        {
            if (stage.Instructions.LastOrDefault(i => i.Keyword == "USER") is { } user)
            {
                var name = user.Body.Split(':')[0].Trim();
                if (name is "root" or "0")
                {
                    sink.Add(PolicyRules.LastUserRoot, user.Line, user.Column, $"The image runs as root: {Via(chain)}USER {user.Body} (line {user.Line}) is the last USER.");
                }

                return;
            }

            // A stage may only build FROM an earlier stage, so the walk back always ends.
            var image = stage.Image;
            var parent = -1;
            for (var i = index - 1; i >= 0; i--)
            {
                if (string.Equals(file.Stages[i].Alias, image, StringComparison.OrdinalIgnoreCase))
                {
                    parent = i;
                    break;
                }
            }

            if (parent < 0)
            {
                break;
            }

            index = parent;
            stage = file.Stages[parent];
            chain.Add($"stage '{stage.Alias}' (line {stage.From.Line})");
        }

        if (NonRootBase(stage.Image) is not null)
        {
            return;
        }

        var baseImage = stage.Image.Length == 0 ? stage.From.Body : stage.Image;
        var why = baseImage == "scratch" ? "scratch runs as uid 0" : $"its base {baseImage} (line {stage.From.Line}) is not known to run as non-root";
        sink.Add(PolicyRules.LastUserRoot, final.From.Line, final.From.Column, $"The image runs as root: the final stage {Via(chain)}sets no USER and {why}.");
    }

    private static string Via(List<string> chain) => chain.Count == 0 ? string.Empty : $"(built from {string.Join(", from ", chain)}) ";

    /// <summary>Dockerfile.base / base.Dockerfile: an intermediate image that other Dockerfiles build on.</summary>
    private static bool IsBaseImageFile(string path) => System.IO.Path.GetFileName(path) is "Dockerfile.base" or "base.Dockerfile" or "Containerfile.base";

    /// <summary>Why a base image runs as non-root by default, or null when it is not known to.</summary>
    public static string? NonRootBase(string image)
    {
        if (image.Length == 0 || image.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        var reference = ImageReference.Parse(image);
        var repository = reference.Repository;
        var tag = reference.Tag ?? string.Empty;
        if (tag.Contains("nonroot", StringComparison.OrdinalIgnoreCase))
        {
            return "its tag is a nonroot variant (distroless and Chainguard run those as uid 65532)";
        }

        if (repository.StartsWith("cgr.dev/chainguard/", StringComparison.Ordinal) && !tag.Contains("dev", StringComparison.Ordinal)
            && !RootChainguard.Contains(repository["cgr.dev/chainguard/".Length..]))
        {
            return "Chainguard images run as nonroot (65532) except their -dev variants and wolfi-base";
        }

        if (repository.StartsWith("mcr.microsoft.com/dotnet/", StringComparison.Ordinal) && tag.Contains("chiseled", StringComparison.Ordinal))
        {
            return "chiseled .NET images run as the non-root app user";
        }

        if (repository.StartsWith("bitnami/", StringComparison.Ordinal) || repository.Contains("/bitnami/", StringComparison.Ordinal))
        {
            return "Bitnami images run as uid 1001";
        }

        return repository.EndsWith("nginxinc/nginx-unprivileged", StringComparison.Ordinal) ? "nginx-unprivileged runs as uid 101" : null;
    }

    private static readonly HashSet<string> RootChainguard = new(StringComparer.Ordinal) { "wolfi-base", "chainguard-base", "busybox", "git" };
}
