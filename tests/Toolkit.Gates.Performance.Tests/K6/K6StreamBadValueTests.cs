using System.Text;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.K6;

public sealed class K6StreamBadValueTests
{
    [Theory]
    [InlineData("null", "data.value is null, not a number")]
    [InlineData("\"1\"", "data.value is the string \"1\", not a number")]
    [InlineData("1e400", "data.value 1e400 is not a finite number")]
    [InlineData("-1e400", "data.value -1e400 is not a finite number")]
    public void A_point_without_a_finite_numeric_value_is_an_error_at_its_line(string value, string message)
    {
        var text = new K6StreamWriter().Metric("http_req_failed", "rate").Point("http_req_failed", 0, 0)
            .Raw("{\"type\":\"Point\",\"data\":{\"time\":\"2026-11-21T10:00:01+02:00\",\"value\":" + value + ",\"tags\":null},\"metric\":\"http_req_failed\"}").ToString();

        var outcome = new K6StreamReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "load/k6.ndjson");

        Assert.False(outcome.Succeeded);
        Assert.StartsWith("load/k6.ndjson:3:1: " + message, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_of_an_unknown_type_is_an_error()
    {
        var text = "{\"type\":\"Metric\",\"data\":{\"name\":\"x\",\"type\":\"histogram\"},\"metric\":\"x\"}\n";

        var outcome = new K6StreamReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "load/k6.ndjson");

        Assert.Contains("unknown type 'histogram'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_redeclared_with_another_type_after_its_points_is_an_error_not_a_crash()
    {
        var text = new K6StreamWriter().Metric("x", "trend").Point("x", 0, 1).Point("x", 1, 2)
            .Raw("{\"type\":\"Metric\",\"data\":{\"name\":\"x\",\"type\":\"counter\"},\"metric\":\"x\"}")
            .Raw("{\"type\":\"Metric\",\"data\":{\"name\":\"x\",\"type\":\"trend\"},\"metric\":\"x\"}").ToString();

        var outcome = new K6StreamReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "load/k6.ndjson");

        Assert.StartsWith("load/k6.ndjson:4:1: metric 'x' is declared as counter after points aggregated as trend", outcome.Error, StringComparison.Ordinal);
    }
}
