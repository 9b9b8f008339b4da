using System.Net.Http.Headers;

namespace Toolkit.Core.Http;

/// <summary>
/// One HTTP attempt the way the toolkit's retry pipelines want it: an optional JSON body, a per-attempt timeout, and
/// transport failures returned (for the pipeline to judge) rather than thrown.
/// </summary>
public static class HttpAttempt
{
    /// <summary>Sends the request and reads the whole answer.</summary>
    /// <returns>
    /// The response; or the failure: a <see cref="TimeoutException"/> with <paramref name="timeoutMessage"/> when the
    /// attempt took longer than <paramref name="timeout"/>, else the <see cref="HttpRequestException"/> or
    /// <see cref="IOException"/>. Cancellation through <paramref name="cancellationToken"/> is thrown.
    /// </returns>
    public static async Task<(HttpResponseMessage? Response, Exception? Failure)> SendAsync(
        HttpClient http, HttpMethod method, Uri uri, byte[]? jsonBody, TimeSpan timeout, string timeoutMessage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(method, uri);
        if (jsonBody is not null)
        {
            request.Content = new ByteArrayContent(jsonBody);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return (await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timer.Token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new TimeoutException(timeoutMessage));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return (null, exception);
        }
    }
}
