using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Toolkit.GitHub;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// A fake GitHub REST API on Kestrel (127.0.0.1, a free port) with state, recorded requests and injectable faults.
/// </summary>
public sealed class FakeGitHubServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The token clients use; tests assert it never leaks.</summary>
    public const string Token = "ghs_FAKE0000SECRET1111TOKEN2222abcd";

    private readonly List<RecordedRequest> requests = [];
    private readonly List<RecordedRequest> history = [];
    private readonly FaultQueue faults = new();
    private WebApplication? app;

    public FakeGitHubState State { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request received, in order: method, path with query, headers and JSON body.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>
    /// Every request received since the server started, in order; unlike <see cref="Requests"/> not emptied by
    /// <see cref="ClearRequests"/>. What the contract check at the end of a test reads.
    /// </summary>
    public IReadOnlyList<RecordedRequest> History
    {
        get
        {
            lock (requests)
            {
                return [.. history];
            }
        }
    }

    /// <summary>Queues faults; each one answers the next matching request, in order.</summary>
    public void Inject(params Fault[] sequence) => faults.Add(sequence);

    /// <summary>Forgets the requests so far in <see cref="Requests"/> (not in <see cref="History"/>).</summary>
    public void ClearRequests()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    /// <summary>A client for this server whose waits take no real time.</summary>
    public GitHubClient CreateClient(InstantTimeProvider? time = null, Func<GitHubClientOptions, GitHubClientOptions>? configure = null)
    {
        var options = new GitHubClientOptions
        {
            BaseUrl = BaseUrl,
            Token = Token,
            TimeProvider = time ?? new InstantTimeProvider(),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        return new GitHubClient(configure is null ? options : configure(options));
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Use(InterceptAsync);
        FakeRoutes.Map(app, State);
        await app.StartAsync().ConfigureAwait(false);
        BaseUrl = new Uri(app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    private async Task InterceptAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var recorded = await RecordedRequest.ReadAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Items["body"] = recorded.Body;
        lock (requests)
        {
            requests.Add(recorded);
            history.Add(recorded);
        }

        if (faults.Take(request.Method, request.Path) is { } fault)
        {
            await FaultQueue.ApplyAsync(fault, context, next).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
