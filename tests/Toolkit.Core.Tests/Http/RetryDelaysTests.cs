using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Toolkit.Core.Http;

namespace Toolkit.Core.Tests.Http;

public sealed class RetryDelaysTests
{
    [Theory]
    [InlineData(0, 0.5, 1)]
    [InlineData(3, 4, 8)]
    [InlineData(30, 15, 30)]
    public void Backoff_doubles_per_failure_with_equal_jitter_up_to_the_cap(int failures, double min, double max)
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(RetryDelays.Backoff(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)).TotalSeconds, min, max);
        }
    }

    [Fact]
    public void Retry_after_in_seconds_or_as_a_date_is_the_wait_asked_for()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddMinutes(2));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelays.RetryAfter(seconds, clock));
        Assert.Equal(TimeSpan.FromMinutes(2), RetryDelays.RetryAfter(date, clock));
        Assert.Null(RetryDelays.RetryAfter(none, clock));
    }

    [Theory]
    [InlineData(45, "45s")]
    [InlineData(250, "4m 10s")]
    [InlineData(3720, "1h 2m")]
    public void Durations_read_short_in_messages(int seconds, string text)
    {
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
