using Toolkit.Gates.Policy.Alerts.PromQl;
using Toolkit.Testing;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class CorpusRuleFilesTests
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Shared, "corpus", "policy", "prometheus-rules");

    [Fact]
    public void Every_expression_of_the_corpus_rule_files_parses()
    {
        // Given every rule file of awesome-prometheus-alerts
        var files = Directory.GetFiles(Corpus, "*.yml", SearchOption.AllDirectories);
        var expressions = new List<(string File, string Expr)>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var groups = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["groups"];
            expressions.AddRange(groups.Children
                .SelectMany(g => (((YamlMappingNode)g)["rules"] as YamlSequenceNode)?.Children ?? []) // one file has an empty rules:
                .Select(r => (file, ((YamlScalarNode)((YamlMappingNode)r)["expr"]).Value!)));
        }

        // When each is parsed
        var failures = expressions.Select(e => (e.File, e.Expr, PromParser.Parse(e.Expr).Error)).Where(e => e.Error is not null).ToList();

        // Then all 954 expressions of the 112 files parse
        Assert.Equal(112, files.Length);
        Assert.Equal(954, expressions.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.File}: {f.Expr}: {f.Error}")));

        // And every prefix of every expression (cut mid-token, mid-string, mid-brace) comes back as data, never an exception
        foreach (var (_, expr) in expressions)
        {
            for (var length = 0; length < expr.Length; length++)
            {
                var result = PromParser.Parse(expr[..length]);
                Assert.True(result.Expr is not null || result.Error!.Offset <= length, expr[..length]);
            }
        }
    }
}
