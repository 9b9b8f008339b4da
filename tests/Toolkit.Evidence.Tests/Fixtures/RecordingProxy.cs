using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Toolkit.Evidence.Tests.Fixtures;

/// <summary>
/// The only network a test browser gets: a loopback HTTP proxy that answers every request with 502 and records the
/// host asked for. A page's subresource requests are answered (and so recorded) before the page finishes loading.
/// </summary>
internal sealed class RecordingProxy : IDisposable
{
    /// <summary>Hosts Chromium calls on its own (updates, time, accounts) whatever the page holds.</summary>
    private static readonly string[] BrowserHosts = [".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com"];

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> hosts = [];
    private readonly Task loop;

    public RecordingProxy()
    {
        listener.Start();
        loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Hosts requested, except the browser's own background calls.</summary>
    public IReadOnlyList<string> PageHosts
    {
        get
        {
            lock (hosts)
            {
                return hosts.Where(h => !BrowserHosts.Any(b => h.EndsWith(b, StringComparison.OrdinalIgnoreCase))).ToList();
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (client)
            {
                await AnswerAsync(client);
            }
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        try
        {
            using var read = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            read.CancelAfter(TimeSpan.FromSeconds(10));
            var stream = client.GetStream();
            var buffer = new byte[2048];
            var count = await stream.ReadAsync(buffer, read.Token);
            var line = Encoding.ASCII.GetString(buffer, 0, count).Split("\r\n")[0].Split(' ');
            if (line.Length >= 2)
            {
                lock (hosts)
                {
                    hosts.Add(line[0] == "CONNECT" ? line[1].Split(':')[0] : new Uri(line[1]).Host);
                }
            }

            await stream.WriteAsync("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), read.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or UriFormatException)
        {
            // The browser gave up on the connection; nothing to record.
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        loop.GetAwaiter().GetResult();
        stop.Dispose();
    }
}
