using Toolkit.Gates.Policy.Docker;

namespace Toolkit.Gates.Policy.Tests;

public sealed class DockerfileParserTests
{
    [Fact]
    public void Continuations_with_a_custom_escape_character_join_into_one_instruction_at_its_first_line()
    {
        // Given a Dockerfile using the backtick escape directive and a comment inside a continuation
        const string text = "# escape=`\n\nFROM alpine:3.20\nRUN echo a `\n# dropped\n    && echo b\nCMD [\"sh\"]\n";

        // When it is parsed
        var file = DockerfileParser.Parse("Dockerfile", text);

        // Then the RUN spans the continuation, the comment is gone, and CMD is JSON form
        Assert.Equal('`', file.EscapeCharacter);
        var run = file.Instructions.Single(i => i.Keyword == "RUN");
        Assert.Equal(4, run.Line);
        Assert.Equal("echo a      && echo b", run.Arguments);
        Assert.Equal(["sh"], file.Instructions.Single(i => i.Keyword == "CMD").JsonArguments);
    }

    [Fact]
    public void Heredoc_bodies_belong_to_their_instruction_and_are_not_parsed_as_instructions()
    {
        // Given a RUN heredoc whose body looks like instructions
        const string text = "FROM alpine:3.20\nRUN <<EOF\nUSER root\nEOF\nUSER 1000\n";

        // When it is parsed
        var file = DockerfileParser.Parse("Dockerfile", text);

        // Then the body is the heredoc, and the only USER is the real one
        var run = file.Instructions.Single(i => i.Keyword == "RUN");
        Assert.Equal(["USER root\n"], run.Heredocs);
        Assert.Equal(5, file.Instructions.Single(i => i.Keyword == "USER").Line);
    }

    [Fact]
    public void Stages_expand_global_args_in_from_and_keep_their_alias()
    {
        // Given a multi-stage Dockerfile with a global ARG
        const string text = "ARG VERSION=1.2\nFROM --platform=$BUILDPLATFORM golang:${VERSION} AS build\nUSER root\nFROM build\nUSER app\n";

        // When it is parsed
        var file = DockerfileParser.Parse("Dockerfile", text);

        // Then the stages have their images and the final stage's USER is its own
        Assert.Equal(2, file.Stages.Count);
        Assert.Equal("golang:1.2", file.Stages[0].Image);
        Assert.Equal("build", file.Stages[0].Alias);
        Assert.Equal(["--platform=$BUILDPLATFORM"], file.Stages[0].From.Flags);
        Assert.Equal("app", file.Stages[1].Instructions.Single(i => i.Keyword == "USER").Body);
    }

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("images/api.Dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Dockerfile.dev", true)]
    [InlineData("src/Docker/Dockerfile.cs", false)]
    [InlineData("Dockerfile.md", false)]
    public void Dockerfiles_are_recognised_by_name_but_not_source_files_that_share_the_prefix(string path, bool expected) =>
        Assert.Equal(expected, DockerfilePolicy.IsDockerfile(path));
}
