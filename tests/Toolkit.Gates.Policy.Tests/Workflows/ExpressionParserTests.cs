using Toolkit.Gates.Policy.Workflows.Expressions;

namespace Toolkit.Gates.Policy.Tests.Workflows;

public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("github.event_name == 'push' && !cancelled()")]
    [InlineData("format('{0}-{1}', matrix.os, steps.build.outputs['digest'])")]
    [InlineData("contains(github.event.pull_request.labels.*.name, 'ok') || fromJSON(needs.plan.outputs.list)[0]")]
    [InlineData("(1 < 2.5e3) != (0xff >= -1) && null == false")]
    [InlineData("'it''s' == steps.my-step.outputs.value-1")]
    [InlineData("toJson(github)")]
    public void Valid_expressions_parse(string text)
    {
        var (root, error) = ExpressionParser.Parse(text);

        Assert.Null(error);
        Assert.NotNull(root);
    }

    [Theory]
    [InlineData("1 + 1", 2, "unexpected character '+'")]
    [InlineData("\"x\"", 0, "single quotes")]
    [InlineData("toJson(hashFiles('a')", 21, "')' is expected")]
    [InlineData("github.event.", 13, "property name")]
    [InlineData("'open", 0, "not closed")]
    [InlineData("a b", 2, "after a complete expression")]
    [InlineData("", 0, "empty")]
    [InlineData("x[1", 3, "']' is expected")]
    [InlineData("1x", 0, "invalid number")]
    public void Invalid_expressions_fail_at_the_offending_offset(string text, int offset, string message)
    {
        var (root, error) = ExpressionParser.Parse(text);

        Assert.Null(root);
        Assert.Equal(offset, error!.Offset);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_names_contexts_calls_and_properties_where_they_start()
    {
        var (root, _) = ExpressionParser.Parse("startsWith(steps.a.outputs.x, 'v')");

        var nodes = root!.DescendantsAndSelf().Select(n => (n.Kind, n.Name, n.Offset)).ToList();

        Assert.Contains((ExpressionKind.Call, "startsWith", 0), nodes);
        Assert.Contains((ExpressionKind.Context, "steps", 11), nodes);
        Assert.Contains((ExpressionKind.Property, "a", 17), nodes);
    }
}
