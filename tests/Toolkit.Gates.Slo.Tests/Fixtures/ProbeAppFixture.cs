using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>
/// A small Kestrel app the probes hit: <c>/ok</c> answers at once, <c>/slow</c> after 200 ms, <c>/fail</c> with 500.
/// Every <c>traceparent</c> it receives is recorded.
/// </summary>
public sealed class ProbeAppFixture : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<string> TraceParents { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.TryGetValue("traceparent", out var value))
            {
                TraceParents.Enqueue(value.ToString());
            }

            await next(context);
        });
        app.MapGet("/ok", () => Results.Text("ok"));
        app.MapGet("/slow", async () =>
        {
            await Task.Delay(200);
            return Results.Text("ok");
        });
        app.MapGet("/fail", () => Results.Text("broken", statusCode: 500));

        // A stand-in Prometheus API behind auth, answering with the values JSON cannot carry as numbers.
        app.MapPost("/secured/api/v1/query", (HttpRequest request) =>
            request.Headers.Authorization.ToString() is "Bearer s3cret" or "Basic dXNlcjpwYXNz"
                ? Results.Text("""{"status":"success","data":{"resultType":"vector","result":[{"metric":{"service":"x"},"value":[1700000000.5,"+Inf"]}]}}""", "application/json")
                : Results.Text("""{"status":"error","errorType":"unauthorized","error":"missing credentials"}""", "application/json", statusCode: 401));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
