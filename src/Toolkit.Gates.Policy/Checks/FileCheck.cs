using Toolkit.Core.IO;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Docker;
using Toolkit.Gates.Policy.Suppressions;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>
/// Checks one file of the repository by its kind (Dockerfile, or YAML/JSON holding workflows, actions, rule files or
/// manifests), then applies its inline ignores. Null for a file of no kind policy-ci checks.
/// </summary>
/// <param name="disabled">The current ids of the rules switched off.</param>
/// <param name="builtImages">Images skaffold builds: placeholders in the manifests.</param>
internal sealed class FileCheck(PolicyOptions options, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, IReadOnlySet<string> builtImages)
{
    public FileResult? Run(string root, string path)
    {
        var isDockerfile = DockerfilePolicy.IsDockerfile(path);
        var isYaml = path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        var isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if ((!isDockerfile && !isYaml && !isJson) || (isYaml && IsHelmTemplate(root, path)) || (isDockerfile && !options.Runs(PolicyPacks.Dockerfile)))
        {
            return null;
        }

        var (text, unreadable) = UserFiles.ReadLooseText(Path.Combine(root, path), path);
        if (text is null)
        {
            return FileResult.Problem(path, 1, $"{unreadable!.Reason} Nothing in it was checked.");
        }

        var result = isDockerfile ? DockerfileCheck.Run(path, text, disabled) : CheckData(path, text, isJson);
        return result is null
            ? result
            : result with { Findings = InlineSuppressions.Apply(path, text, result.Findings, disabled) };
    }

    private FileResult? CheckData(string path, string text, bool isJson)
    {
        // JSON is YAML; a .json file is checked when it looks like a Kubernetes manifest (kubectl accepts both).
        if (isJson && !(options.Runs(PolicyPacks.Kubernetes) && text.Contains("\"apiVersion\"", StringComparison.Ordinal) && text.Contains("\"kind\"", StringComparison.Ordinal)))
        {
            return null;
        }

        var yaml = YamlFile.Parse(path, text, out var error);
        if (yaml is null)
        {
            return new FileResult([], error, AlertStats.Empty, ScanCounts.Zero with { Files = 1 });
        }

        return new YamlFileCheck(options, disabled, custom, builtImages).Run(yaml);
    }

    /// <summary>Helm chart templates are Go templates, not YAML; they are checked as rendered output (helm template) instead.</summary>
    private static bool IsHelmTemplate(string root, string path)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] == "templates")
            {
                var chart = string.Join('/', parts[..i]);
                if (File.Exists(Path.Combine(root, chart, "Chart.yaml")) || File.Exists(Path.Combine(root, chart, "Chart.yml")))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
