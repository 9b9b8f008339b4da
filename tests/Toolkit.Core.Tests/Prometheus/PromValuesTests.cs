using Toolkit.Core.Prometheus;

namespace Toolkit.Core.Tests.Prometheus;

public sealed class PromValuesTests
{
    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("+Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    [InlineData("1.5e-3", 0.0015)]
    public void Prometheus_values_are_parsed_invariantly(string text, double expected) =>
        Assert.Equal(expected, PromValues.Parse(text));
}
