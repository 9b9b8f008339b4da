using System.Text.RegularExpressions;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>Every reference to this repository's actions and reusable workflow is one pinned commit, bumped in one go.</summary>
public sealed partial class ToolkitRefTests
{
    [Fact]
    public void Templates_workflows_and_the_readme_pin_one_and_the_same_toolkit_commit()
    {
        // Given every toolkit/toolkit/...@ref in the workflows and the README
        var files = TemplateFiles.Workflows().Append("README.md");
        var refs = files
            .SelectMany(f => ToolkitRef().Matches(File.ReadAllText(RepositoryPaths.InRepo(f))).Select(m => (File: f, m.Groups["ref"].Value)))
            .ToList();

        // Then there are some, all the same, and that one is a full commit SHA
        Assert.NotEmpty(refs);
        var distinct = refs.Select(r => r.Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(distinct.Count == 1, string.Join("\n", refs.Select(r => $"{r.File}: {r.Value}")));
        Assert.Matches("^[0-9a-f]{40}$", distinct[0]);
    }

    [GeneratedRegex(@"toolkit/toolkit/[^\s@]+@(?<ref>[^\s#]+)")]
    private static partial Regex ToolkitRef();
}
