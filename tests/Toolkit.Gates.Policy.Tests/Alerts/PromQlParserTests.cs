using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class PromQlParserTests
{
    // Examples from the Prometheus querying documentation (basics, operators, functions, subqueries) and Prometheus 3 syntax.
    public static TheoryData<string> DocumentationExamples => new(
        "http_requests_total",
        "http_requests_total{job=\"apiserver\", handler=\"/api/comments\"}",
        "http_requests_total{job=\"apiserver\", handler=\"/api/comments\"}[5m]",
        "http_requests_total{job=~\".*server\"}",
        "http_requests_total{status!~\"4..\"}",
        "http_requests_total{environment=~\"staging|testing|development\",method!=\"GET\"}",
        "rate(http_requests_total[5m])[30m:1m]",
        "max_over_time(deriv(rate(distance_covered_total[5s])[30s:5s])[10m:])",
        "sum by (job) (rate(http_requests_total[5m]))",
        "sum without (instance) (http_requests_total)",
        "sum(rate(x[5m])) by (job)",
        "count(up) without (instance)",
        "topk(5, http_requests_total)",
        "count_values(\"version\", build_version)",
        "quantile(0.9, rate(x[5m]))",
        "http_requests_total offset 5m",
        "sum(http_requests_total{method=\"GET\"} offset 5m)",
        "rate(http_requests_total[5m] offset 1w)",
        "rate(http_requests_total[5m] offset -1w)",
        "http_requests_total @ 1609746000",
        "rate(http_requests_total[5m] @ 1609746000)",
        "http_requests_total @ start()",
        "http_requests_total @ end() offset 5m",
        "{__name__=~\"job:.*\"}",
        "{\"some.metric\", job=\"x\"}",
        "method_code:http_errors:rate5m{code=\"500\"} / ignoring(code) method:http_requests:rate5m",
        "method_code:http_errors:rate5m / ignoring(code) group_left method:http_requests:rate5m",
        "foo > bool on(a) group_right(b) bar",
        "histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[10m])))",
        "label_replace(up{job=\"api-server\",service=\"a:c\"}, \"foo\", \"$1\", \"service\", \"(.*):.*\")",
        "label_join(up{job=\"api-server\",src1=\"a\",src2=\"b\",src3=\"c\"}, \"foo\", \",\", \"src1\", \"src2\", \"src3\")",
        "label_replace(up, \"a\", `$1`, \"b\", `(.*)`)",
        "100 * (1 - avg by(instance)(irate(node_cpu_seconds_total{mode='idle'}[5m])))",
        "up == bool 1",
        "time() - process_start_time_seconds > 0",
        "vector(1) or absent(foo)",
        "predict_linear(node_filesystem_free_bytes{job=\"node\"}[1h], 4 * 3600) < 0",
        "1e3 + 0x1F + Inf - -NaN * .5",
        "foo # a comment\n + bar",
        "SUM BY (job) (up)",
        "absent_over_time(up[5m])",
        "sort_by_label(up, \"instance\", \"job\")",
        "clamp(up, 0, 1) and round(up) unless day_of_week() > 5",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "foo atan2 bar",
        "sum by () (up)",
        "sum by (job,) (up)",
        "up{job=\"a\",}",
        "rate(foo[1h30m])",
        "scalar(up) * 2");

    [Theory]
    [MemberData(nameof(DocumentationExamples))]
    public void Parses_the_documentation_examples(string expression)
    {
        var result = PromParser.Parse(expression);

        Assert.Null(result.Error);
        Assert.NotNull(result.Expr);
    }

    // Invalid expressions with the offset Prometheus points at.
    public static TheoryData<string, int, string> InvalidExamples => new()
    {
        { "sum(rate(foo[5m])", 3, "unclosed left parenthesis" },
        { "foo{job=\"a\"", 3, "unexpected end of input inside braces" },
        { "rate(foo)", 5, "expected type range vector" },
        { "foo[5m", 6, "expected \"]\"" },
        { "unknown_fn(foo)", 0, "unknown function with name \"unknown_fn\"" },
        { "foo + ", 6, "unexpected end of input" },
        { "1 > 2", 2, "must use BOOL modifier" },
        { "{}", 0, "at least one non-empty matcher" },
        { "{job!=\"x\"}", 0, "at least one non-empty matcher" },
        { "foo{bar=~\"(\"}", 9, "invalid regular expression" },
        { "sum by (job) rate(x[5m])", 13, "expected \"(\"" },
        { "foo offset", 10, "expected duration" },
        { "(foo)[5m]", 5, "ranges only allowed for vector selectors" },
        { "topk(foo)", 8, "expected \",\"" },
        { "foo and 1", 4, "set operator \"and\" not allowed" },
        { "foo @ bar", 6, "expected timestamp" },
        { "1 +* 2", 3, "unexpected \"*\"" },
        { "foo bool > 1", 4, "unexpected identifier \"bool\"" },
        { "foo + bool bar", 6, "bool modifier can only be used on comparison operators" },
        { "foo[5x]", 4, "bad number or duration syntax" },
        { "foo{job=\"a}", 8, "unterminated quoted string" },
        { "rate(foo[5m], 1)", 0, "expected 1 argument(s) in call to \"rate\", got 2" },
        { "foo[5m] + 1", 8, "binary expression must contain only scalar and instant vector types" },
        { "foo and on(a) group_left bar", 14, "no grouping allowed" },
        { "abs(foo[5m])", 4, "expected type instant vector" },
        { "foo offset 5m [5m]", 14, "ranges only allowed for vector selectors" },
        { "up ~ 1", 3, "unexpected character '~'" },
    };

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void Reports_an_invalid_expression_at_its_offset(string expression, int offset, string message)
    {
        var result = PromParser.Parse(expression);

        Assert.Null(result.Expr);
        Assert.NotNull(result.Error);
        Assert.Equal(offset, result.Error.Offset);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_operators_by_precedence_with_power_right_associative_and_above_unary_minus()
    {
        var sum = Assert.IsType<PromBinary>(PromParser.Parse("1 + 2 * 3").Expr);
        Assert.Equal("+", sum.Operator);
        Assert.Equal("*", Assert.IsType<PromBinary>(sum.Right).Operator);

        var power = Assert.IsType<PromBinary>(PromParser.Parse("2 ^ 3 ^ 2").Expr);
        Assert.IsType<PromBinary>(power.Right);

        var negated = Assert.IsType<PromUnary>(PromParser.Parse("-2 ^ 2").Expr);
        Assert.IsType<PromBinary>(negated.Expr);

        var or = Assert.IsType<PromBinary>(PromParser.Parse("a or b and c").Expr);
        Assert.Equal("or", or.Operator);
        Assert.Equal("and", Assert.IsType<PromBinary>(or.Right).Operator);
    }

    [Fact]
    public void Keeps_selector_matchers_ranges_and_aggregation_grouping()
    {
        var aggregation = Assert.IsType<PromAggregation>(PromParser.Parse("sum by (job, instance) (rate(http_requests_total{code=~\"5..\"}[5m]))").Expr);
        Assert.Equal(["job", "instance"], aggregation.Grouping);
        var call = Assert.IsType<PromCall>(aggregation.Expr);
        var matrix = Assert.IsType<PromMatrixSelector>(Assert.Single(call.Args));
        Assert.Equal(TimeSpan.FromMinutes(5), matrix.Range);
        Assert.Equal("http_requests_total", matrix.Vector.Name);
        Assert.Equal(new PromMatcher("code", "=~", "5.."), Assert.Single(matrix.Vector.Matchers));
    }
}
