using Microsoft.AspNetCore.Http;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// Faults waiting to answer a fake server's requests instead of its routes: kept in order, each one used by the first
/// request it matches. Shared by every fake (GitHub, OSV).
/// </summary>
public sealed class FaultQueue
{
    private readonly List<Fault> faults = [];

    public void Add(IEnumerable<Fault> sequence)
    {
        lock (faults)
        {
            faults.AddRange(sequence);
        }
    }

    /// <summary>Removes and returns the first fault matching the request, or null.</summary>
    public Fault? Take(string method, string path)
    {
        lock (faults)
        {
            var index = faults.FindIndex(f => f.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var fault = faults[index];
            faults.RemoveAt(index);
            return fault;
        }
    }

    /// <summary>Answers with <paramref name="fault"/>: drops the connection, holds the request then lets <paramref name="next"/> serve it, or writes its status, headers and body.</summary>
    public static async Task ApplyAsync(Fault fault, HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (fault.Drop)
        {
            context.Abort();
            return;
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            try
            {
                // The client gives up first; its disconnect ends the wait. Nothing is processed, as for a lost request.
                await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = fault.Status;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(fault.Body ?? "{}").ConfigureAwait(false);
    }
}
