using Toolkit.Core.Waivers;

namespace Toolkit.Core.Tests.Waivers;

public sealed class GlobTests
{
    [Theory]
    [InlineData("**", "any/path/at/all.yml", true)]
    [InlineData("src/**", "src/a/b.cs", true)]
    [InlineData("src/**", "tests/a.cs", false)]
    [InlineData("src/*.cs", "src/a.cs", true)]
    [InlineData("src/*.cs", "src/sub/a.cs", false)]
    [InlineData("**/*.yaml", "deploy/k8s/app.yaml", true)]
    [InlineData("**/*.yaml", "app.yaml", true)]
    [InlineData("deploy/{dev,prod}/*.yaml", "deploy/prod/x.yaml", true)]
    [InlineData("deploy/{dev,prod}/*.yaml", "deploy/stage/x.yaml", false)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("db/migrations", "db/migrations/001.sql", true)]
    [InlineData("a.b", "axb", false)]
    public void Matches_paths_the_way_ci_globs_do(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new Glob(pattern).IsMatch(path));
    }

    [Fact]
    public void Backslashes_and_leading_slashes_are_normalised()
    {
        Assert.True(new Glob("/src/**").IsMatch("src\\a\\b.cs"));
    }
}
