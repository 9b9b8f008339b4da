using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Toolkit.Gates.Slo.Canary.Judge;

namespace Toolkit.Cli.Serve;

/// <summary>
/// <c>gate serve</c>: the canary judge over HTTP (Kestrel) for progressive-delivery controllers.
/// <list type="bullet">
/// <item><c>POST /v1/judge</c>: the request as JSON; 200 with the verdict (Argo Rollouts' web metric provider reads
/// <c>result.verdict</c>), 400 for a request it cannot use, 503 when Prometheus cannot be asked.</item>
/// <item><c>POST /v1/flagger/confirm-promotion</c> and <c>/v1/flagger/rollback</c>: Flagger's webhook payload with the
/// request in <c>metadata</c>; 200 means "promote" (pass) and "roll back" (fail) respectively, 409 otherwise.</item>
/// <item><c>GET /healthz</c>.</item>
/// </list>
/// </summary>
internal static class JudgeServer
{
    private const long MaxBody = 64 * 1024;

    public static WebApplication Build(IPEndPoint listen, CanaryJudge judge)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(listen);
            kestrel.Limits.MaxRequestBodySize = MaxBody;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("{\"status\":\"ok\"}", "application/json"));
        app.MapPost("/v1/judge", http => JudgeAsync(http, judge, flagger: null));
        app.MapPost("/v1/flagger/confirm-promotion", http => JudgeAsync(http, judge, flagger: "pass"));
        app.MapPost("/v1/flagger/rollback", http => JudgeAsync(http, judge, flagger: "fail"));
        return app;
    }

    /// <param name="flagger">For a Flagger webhook, the verdict that answers 200; null for the plain judge.</param>
    private static async Task JudgeAsync(HttpContext http, CanaryJudge judge, string? flagger)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            await AnswerAsync(http, 400, JudgeResponse.Problems([$"the body is not JSON: {ex.Message}"])).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException ex)
        {
            await AnswerAsync(http, ex.StatusCode, JudgeResponse.Problems([ex.Message])).ConfigureAwait(false);
            return;
        }

        if (flagger is not null)
        {
            // Flagger sends {name, namespace, phase, checksum, metadata}; the judge's fields travel in metadata.
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object)
            {
                await AnswerAsync(http, 400, JudgeResponse.Problems(["a Flagger webhook needs metadata with baseline_selector, canary_selector, metric and error_selector"])).ConfigureAwait(false);
                return;
            }

            body = metadata;
        }

        var (request, problems) = JudgeRequestReader.Read(body, stringsOnly: flagger is not null);
        if (request is null)
        {
            await AnswerAsync(http, 400, JudgeResponse.Problems(problems)).ConfigureAwait(false);
            return;
        }

        var verdict = await judge.JudgeAsync(request, http.RequestAborted).ConfigureAwait(false);
        var status = verdict.Unavailable ? 503 : flagger is null || verdict.Verdict == flagger ? 200 : 409;
        await AnswerAsync(http, status, JudgeResponse.Write(verdict)).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(HttpContext http, int status, byte[] json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(json, http.RequestAborted).ConfigureAwait(false);
    }
}
