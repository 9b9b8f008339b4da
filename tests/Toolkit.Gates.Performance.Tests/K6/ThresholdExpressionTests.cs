using Toolkit.Gates.Performance.K6;

namespace Toolkit.Gates.Performance.Tests.K6;

public sealed class ThresholdExpressionTests
{
    [Theory]
    [InlineData("p(95)<500", "p(95)", 500.0)]
    [InlineData(" p( 99.9 ) < 1500 ", "p(99.9)", 1500.0)]
    [InlineData("rate<0.01", "rate", 0.01)]
    [InlineData("avg<=200", "avg", 200.0)]
    [InlineData("count>1000", "count", 1000.0)]
    [InlineData("med!=0", "med", 0.0)]
    [InlineData("value===1", "value", 1.0)]
    [InlineData("max>=1e3", "max", 1000.0)]
    public void Parses_every_form_k6_accepts(string text, string aggregation, double value)
    {
        var expression = ThresholdExpression.TryParse(text, out var error);

        Assert.Null(error);
        Assert.NotNull(expression);
        Assert.Equal(aggregation, expression.Aggregation);
        Assert.Equal(value, expression.Value);
    }

    [Theory]
    [InlineData("p95<500")]
    [InlineData("p(95)")]
    [InlineData("p(101)<5")]
    [InlineData("mean<5")]
    [InlineData("avg<<5")]
    public void Rejects_what_k6_rejects_with_a_message_showing_the_syntax(string text)
    {
        var expression = ThresholdExpression.TryParse(text, out var error);

        Assert.Null(expression);
        Assert.Contains(text.Trim(), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p(95)<500", 499.99, true)]
    [InlineData("p(95)<500", 500, false)]
    [InlineData("p(95)<=500", 500, true)]
    [InlineData("rate>0.99", 0.99, false)]
    [InlineData("rate>=0.99", 0.99, true)]
    [InlineData("count==5000", 5000, true)]
    [InlineData("count!=5000", 5000, false)]
    public void Compares_with_the_operator_exactly_as_k6_does(string text, double actual, bool holds)
    {
        var expression = ThresholdExpression.TryParse(text, out _)!;

        Assert.Equal(holds, expression.Holds(actual));
    }

    [Fact]
    public void Only_allows_aggregations_k6_allows_for_the_metric_type()
    {
        var rate = ThresholdExpression.TryParse("rate<0.01", out _)!;
        var p95 = ThresholdExpression.TryParse("p(95)<500", out _)!;

        Assert.True(rate.AppliesTo("rate"));
        Assert.True(rate.AppliesTo("counter"));
        Assert.False(rate.AppliesTo("trend"));
        Assert.True(p95.AppliesTo("trend"));
        Assert.False(p95.AppliesTo("gauge"));
    }

    [Fact]
    public void Parses_sub_metric_tag_filters()
    {
        var selector = MetricSelector.TryParse("http_req_duration{status:200, method:GET}", out var error);

        Assert.Null(error);
        Assert.Equal("http_req_duration", selector!.Metric);
        Assert.Equal("http_req_duration{status:200,method:GET}", selector.Text);
        Assert.Equal([new("status", "200"), new("method", "GET")], selector.Tags);
    }
}
