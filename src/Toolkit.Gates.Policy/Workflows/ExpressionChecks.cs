using Toolkit.Gates.Policy.Workflows.Expressions;
using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Workflows;

/// <summary>
/// Parses every <c>${{ }}</c> expression of a workflow or action (and the bare expressions of <c>if:</c>) and reports,
/// at the exact line and column: syntax errors, unknown contexts and functions, <c>steps.&lt;id&gt;</c> that no earlier
/// step defines and <c>needs.&lt;job&gt;</c> that the job does not need.
/// </summary>
internal static class ExpressionChecks
{
    private static readonly HashSet<string> Contexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "github", "env", "vars", "job", "jobs", "steps", "runner", "secrets", "strategy", "matrix", "needs", "inputs",
    };

    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        "contains", "startsWith", "endsWith", "format", "join", "toJSON", "fromJSON", "hashFiles", "case",
        "success", "always", "cancelled", "failure",
    };

    private static readonly HashSet<string> BareKeys = new(StringComparer.Ordinal) { "if", "pre-if", "post-if" };

    /// <summary>Checks every scalar under <paramref name="node"/>; <c>if</c> values are expressions even without <c>${{ }}</c>.</summary>
    public static void CheckTree(YamlFile file, YamlNode? node, ExpressionScope scope, FindingSink sink)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                CheckScalar(file, scalar, scope, sink);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    CheckTree(file, item, scope, sink);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && BareKeys.Contains(name) && value is YamlScalarNode bare
                        && bare.Value is { Length: > 0 } text && !text.Contains("${{", StringComparison.Ordinal))
                    {
                        var anchor = (int)bare.Start.Index + (bare.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0);
                        Check(file, new EmbeddedExpression(text, anchor, Closed: true), scope, sink);
                    }
                    else
                    {
                        CheckTree(file, value, scope, sink);
                    }
                }

                break;
        }
    }

    private static void CheckScalar(YamlFile file, YamlScalarNode scalar, ExpressionScope scope, FindingSink sink)
    {
        if (scalar.Value is not { } value || !value.Contains("${{", StringComparison.Ordinal))
        {
            return;
        }

        var start = (int)Math.Min(scalar.Start.Index, file.Text.Length);
        var end = (int)Math.Clamp(scalar.End.Index, start, file.Text.Length);
        var raw = file.Text[start..end];
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // The source holds the same expressions (plus indentation, which is whitespace to the grammar).
            foreach (var expression in Find(raw, start))
            {
                Check(file, expression, scope, sink);
            }

            return;
        }

        // Quoted: parse the unescaped value, anchored at the matching ${{ in the source.
        var anchors = Find(raw, start).ToList();
        var index = 0;
        foreach (var expression in Find(value, 0))
        {
            var anchor = index < anchors.Count ? anchors[index].Index : start;
            Check(file, expression with { Index = anchor }, scope, sink);
            index++;
        }
    }

    /// <summary>Each <c>${{ ... }}</c> in <paramref name="text"/>; a <c>}}</c> inside a string literal does not close it.</summary>
    public static IEnumerable<EmbeddedExpression> Find(string text, int baseIndex)
    {
        var at = 0;
        while ((at = text.IndexOf("${{", at, StringComparison.Ordinal)) >= 0)
        {
            var inString = false;
            var close = -1;
            for (var i = at + 3; i < text.Length - 1; i++)
            {
                if (text[i] == '\'')
                {
                    inString = !inString;
                }
                else if (!inString && text[i] == '}' && text[i + 1] == '}')
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                yield return new EmbeddedExpression(text[(at + 3)..], baseIndex + at + 3, Closed: false);
                yield break;
            }

            yield return new EmbeddedExpression(text[(at + 3)..close], baseIndex + at + 3, Closed: true);
            at = close + 2;
        }
    }

    private static void Check(YamlFile file, EmbeddedExpression expression, ExpressionScope scope, FindingSink sink)
    {
        var shown = Shorten(expression.Body.Trim());
        if (!expression.Closed)
        {
            var (line, column) = file.Position(expression.Index - 3);
            sink.Add(PolicyRules.ExpressionSyntax, line, column, $"'${{{{ {shown}' is not closed with }}}}.");
            return;
        }

        var (root, error) = ExpressionParser.Parse(expression.Body);
        if (error is not null)
        {
            var (line, column) = file.Position(expression.Index + error.Offset);
            sink.Add(PolicyRules.ExpressionSyntax, line, column, $"In '${{{{ {shown} }}}}': {error.Message}.");
            return;
        }

        foreach (var node in root!.DescendantsAndSelf())
        {
            var (line, column) = file.Position(expression.Index + node.Offset);
            switch (node.Kind)
            {
                case ExpressionKind.Context when !Contexts.Contains(node.Name!):
                    sink.Add(PolicyRules.UnknownContext, line, column, $"'{node.Name}' is not a context (contexts: {string.Join(", ", Contexts.Order(StringComparer.Ordinal))}).");
                    break;
                case ExpressionKind.Call when !Functions.Contains(node.Name!):
                    sink.Add(PolicyRules.UnknownFunction, line, column, $"'{node.Name}()' is not a built-in function.");
                    break;
                case ExpressionKind.Property when node.Name != "*" && Root(node) is { } context:
                    if (context.Equals("steps", StringComparison.OrdinalIgnoreCase) && scope.StepIds is { } steps && !steps.Contains(node.Name!))
                    {
                        sink.Add(PolicyRules.MissingStep, line, column, $"steps.{node.Name} refers to no step with id '{node.Name}' before this point in the job.");
                    }
                    else if (context.Equals("needs", StringComparison.OrdinalIgnoreCase) && scope.Needs is { } needs && !needs.Contains(node.Name!))
                    {
                        sink.Add(PolicyRules.UnknownNeeds, line, column, $"needs.{node.Name} refers to a job this job does not list in needs:.");
                    }

                    break;
            }
        }
    }

    /// <summary>The context name when the node is the first property of a context (<c>steps.x</c>), else null.</summary>
    private static string? Root(ExpressionNode property) =>
        property.Children[0] is { Kind: ExpressionKind.Context } receiver ? receiver.Name : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
