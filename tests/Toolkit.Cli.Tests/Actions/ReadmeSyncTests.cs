using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class ReadmeSyncTests
{
    [Fact]
    public void The_readme_tables_of_inputs_and_outputs_match_the_action_yml_files()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = ActionReadme.Tables(ActionMetadata.Folders.Select(ActionMetadata.Load));

        var actual = ActionReadme.Between(readme);

        Assert.True(
            actual == expected,
            $"README.md's container action tables are out of date. Replace everything between the markers in its \"## Container actions\" section with:\n\n{ActionReadme.Start}\n{expected}{ActionReadme.End}\n");
    }

    [Fact]
    public void The_tables_sit_in_the_container_actions_section()
    {
        var readme = File.ReadAllText(RepositoryPaths.InRepo("README.md"));
        var section = readme.IndexOf("\n## Container actions\n", StringComparison.Ordinal);
        var next = readme.IndexOf("\n## ", section + 1, StringComparison.Ordinal);

        Assert.True(section >= 0, "README.md has no '## Container actions' section");
        var start = readme.IndexOf(ActionReadme.Start, StringComparison.Ordinal);
        Assert.InRange(start, section, next < 0 ? readme.Length : next);
    }
}
