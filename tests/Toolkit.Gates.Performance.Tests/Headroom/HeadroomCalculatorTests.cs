using System.Text;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.Headroom;

public sealed class HeadroomCalculatorTests
{
    private static IReadOnlyList<Results.LoadStep> Steps() =>
        new K6StreamReader(new K6StreamOptions { GroupByLoad = true })
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(SteppedRun.Write())), "stepped.ndjson").Results!.LoadSteps;

    [Fact]
    public void Capacity_is_the_last_level_before_the_slo_breaks_and_headroom_follows_from_the_expected_peak()
    {
        var rule = new HeadroomRule("api", "stepped.ndjson", ExpectedPeak: 7) { LatencyMs = 300 };

        var result = HeadroomCalculator.Compute(rule, Steps());

        Assert.Equal(300 / 29.9, result.Capacity, 2);
        Assert.Equal(1 - (7 / (300 / 29.9)), result.Headroom!.Value, 3);
        Assert.True(result.Saturated);
        Assert.True(result.Passed);
        Assert.Equal([true, true, true, false, false], result.Levels.Select(l => l.MeetsSlo));
    }

    [Fact]
    public void Headroom_in_vus_below_the_target_fails()
    {
        var rule = new HeadroomRule("api", "stepped.ndjson", ExpectedPeak: 27) { LatencyMs = 300, Unit = "vus" };

        var result = HeadroomCalculator.Compute(rule, Steps());

        Assert.Equal(30, result.Capacity);
        Assert.Equal(0.1, result.Headroom!.Value, 6);
        Assert.False(result.Passed);
    }

    [Fact]
    public void No_level_meeting_the_slo_gives_no_headroom_and_fails()
    {
        var result = HeadroomCalculator.Compute(new HeadroomRule("api", "x", 1) { LatencyMs = 10 }, Steps());

        Assert.Null(result.Headroom);
        Assert.False(result.Passed);
    }
}
