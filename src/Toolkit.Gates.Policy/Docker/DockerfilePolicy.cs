using Toolkit.Gates.Policy.Kubernetes;

namespace Toolkit.Gates.Policy.Docker;

/// <summary>The Dockerfile rules (hadolint ids in each rule's help), applied to a parsed <see cref="Dockerfile"/>.</summary>
internal static partial class DockerfilePolicy
{
    /// <summary>True for Dockerfile, Containerfile and *.Dockerfile names, and Dockerfile.* variants (see <see cref="IsVariant"/>).</summary>
    public static bool IsDockerfile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name is "Dockerfile" or "Containerfile"
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
            || IsVariant(path);
    }

    /// <summary>
    /// <c>Dockerfile.dev</c> and the like: only a candidate, because source files share the prefix (Dockerfile.cs);
    /// such a file is checked only when it has a FROM.
    /// </summary>
    public static bool IsVariant(string path) =>
        System.IO.Path.GetFileName(path).StartsWith("Dockerfile.", StringComparison.Ordinal)
        && !NotDockerfile.Contains(System.IO.Path.GetExtension(path));

    private static readonly HashSet<string> NotDockerfile = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".go", ".py", ".js", ".ts", ".java", ".rs", ".md", ".txt", ".json", ".yml", ".yaml", ".sh", ".ps1", ".dockerignore",
        // Templates rendered into Dockerfiles (Dockerfile.j2 ...): the rendered files are what get checked.
        ".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".template",
    };

    /// <param name="disabled">The current ids of the rules switched off.</param>
    public static IReadOnlyList<Finding> Check(Dockerfile file, IReadOnlySet<string> disabled)
    {
        var sink = new FindingSink(file.Path, disabled);
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in file.Stages)
        {
            CheckBase(stage, aliases, sink);
            if (stage.Alias is { } alias)
            {
                aliases.Add(alias);
            }

            var pipefail = false;
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction.Keyword)
                {
                    case "SHELL":
                        pipefail = instruction.JsonArguments?.Any(a => a.Contains("pipefail", StringComparison.Ordinal)) == true;
                        break;
                    case "RUN":
                        CheckRun(instruction, pipefail, sink);
                        break;
                    case "ADD" when Url().IsMatch(instruction.Body) && !instruction.Flags.Any(f => f.StartsWith("--checksum=", StringComparison.Ordinal)):
                        sink.Add(PolicyRules.AddUrl, instruction.Line, instruction.Column, "ADD downloads from a URL.");
                        break;
                    case "CMD" or "ENTRYPOINT" when !instruction.IsJsonForm:
                        sink.Add(PolicyRules.JsonCmd, instruction.Line, instruction.Column, $"{instruction.Keyword} uses the shell form.");
                        break;
                }
            }
        }

        CheckLastUser(file, sink);
        return sink.Findings;
    }

    private static void CheckBase(DockerStage stage, HashSet<string> aliases, FindingSink sink)
    {
        var image = stage.Image;
        if (image.Length == 0 || image == "scratch" || aliases.Contains(image))
        {
            return;
        }

        var reference = ImageReference.Parse(image);
        var from = stage.From;
        if (reference.IsLatestOrUntagged)
        {
            sink.Add(PolicyRules.BaseImageLatest, from.Line, from.Column, $"FROM {image} uses the latest tag or no tag.");
        }

        if (!reference.HasDigest)
        {
            sink.Add(PolicyRules.BaseImageDigest, from.Line, from.Column, $"FROM {image} is not pinned by digest.");
        }
    }

    private static void CheckRun(DockerInstruction run, bool pipefail, FindingSink sink)
    {
        var script = run.IsJsonForm ? string.Join(' ', run.JsonArguments!) : string.Join('\n', [run.Body, .. run.Heredocs]);
        if (Sudo().IsMatch(script))
        {
            sink.Add(PolicyRules.Sudo, run.Line, run.Column, "RUN uses sudo.");
        }

        if (!run.IsJsonForm && !pipefail && Pipe().IsMatch(script) && !script.Contains("pipefail", StringComparison.Ordinal))
        {
            sink.Add(PolicyRules.Pipefail, run.Line, run.Column, "RUN pipes commands without pipefail.");
        }

        foreach (Match install in AptInstall().Matches(script))
        {
            if (!install.Value.Contains("--no-install-recommends", StringComparison.Ordinal))
            {
                sink.Add(PolicyRules.AptRecommends, run.Line, run.Column, "apt-get install runs without --no-install-recommends.");
                break;
            }
        }
    }

    [GeneratedRegex(@"(?<![\w-])sudo(?![\w-])")]
    private static partial Regex Sudo();

    // A single | that is not part of || (logical or).
    [GeneratedRegex(@"(?<!\|)\|(?!\|)")]
    private static partial Regex Pipe();

    [GeneratedRegex(@"\bapt-get\s+(?:-\S+\s+)*install\b[^;&|\n]*")]
    private static partial Regex AptInstall();

    [GeneratedRegex(@"^\S*https?://", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
