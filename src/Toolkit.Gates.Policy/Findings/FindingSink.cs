using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Findings;

/// <summary>
/// Collects the findings of one file, turning a rule and a place into a <see cref="Finding"/> with the rule's metadata
/// (description, fix, upstream name) so every reporter gets the same facts. Disabled rules are dropped here: the set holds
/// current ids (<see cref="PolicyRules.CurrentId"/>).
/// </summary>
internal sealed class FindingSink(string path, IReadOnlySet<string> disabled)
{
    private readonly List<Finding> findings = [];

    public string Path { get; } = path;

    /// <summary>
    /// Image names a build tool replaces at deploy time (skaffold's build.artifacts): in manifests they are placeholders,
    /// not references to judge by tag or digest.
    /// </summary>
    public IReadOnlySet<string> BuiltImages { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<Finding> Findings => findings;

    public void Add(PolicyRule rule, YamlNode node, string detail) => Add(rule, node.Start, detail);

    public void Add(PolicyRule rule, Mark mark, string detail) => Add(rule, (int)mark.Line, (int)mark.Column, detail);

    public void Add(PolicyRule rule, int line, int column, string detail)
    {
        if (disabled.Contains(rule.Id))
        {
            return;
        }

        findings.Add(Create(rule, new SourceLocation(Path, line, column), detail));
    }

    /// <summary>A finding with the rule's metadata; also used for findings without a file.</summary>
    public static Finding Create(PolicyRule rule, SourceLocation? location, string detail)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pack"] = rule.Pack,
            ["description"] = rule.Description,
            ["fix"] = rule.Fix,
        };
        if (rule.Upstream is { } upstream)
        {
            properties["upstream"] = upstream;
        }

        return new Finding(rule.Id, rule.Severity, $"{detail} Fix: {rule.Fix}", location, rule.HelpUri, Properties: properties)
        {
            Title = rule.Title,
            // The former id first, so waivers and ignores written before the policy/ prefix keep matching.
            Aliases = [.. Aliases(rule)],
        };
    }

    private static IEnumerable<string> Aliases(PolicyRule rule)
    {
        if (rule.FormerId is { } former)
        {
            yield return former;
        }

        if (rule.Upstream is { } upstream && upstream != rule.Id && upstream != rule.FormerId)
        {
            yield return upstream;
        }
    }
}
