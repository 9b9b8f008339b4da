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
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_README_TABLES") == "1")
        {
            // After a deliberate change to an action.yml, as UPDATE_API_SNAPSHOT does for the API: rewrite, then review the diff.
            var start = readme.IndexOf(ActionReadme.Start, StringComparison.Ordinal) + ActionReadme.Start.Length + 1;
            File.WriteAllText(RepositoryPaths.InRepo("README.md"), readme[..start] + expected + readme[readme.IndexOf(ActionReadme.End, start, StringComparison.Ordinal)..]);
            return;
        }

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
