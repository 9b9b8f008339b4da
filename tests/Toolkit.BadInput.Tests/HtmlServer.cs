using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Toolkit.BadInput.Tests;

/// <summary>A loopback "GitHub" that answers every request 200 with <paramref name="body"/> (a proxy's HTML page, or JSON of the wrong shape).</summary>
internal sealed class HtmlServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string body;
    private readonly string contentType;

    public HtmlServer(string body, string contentType = "text/html")
    {
        this.body = body;
        this.contentType = contentType;
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public int Requests { get; private set; }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                var stream = client.GetStream();
                await ReadRequestAsync(stream);
                Requests++;
                var payload = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                await stream.WriteAsync(payload);
            }
        }
    }

    /// <summary>Reads the headers and the body (by Content-Length) so the client sees its request taken whole.</summary>
    private static async Task ReadRequestAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(received)) < 0)
        {
            var count = await stream.ReadAsync(buffer);
            if (count == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, count).ToArray());
        }

        var headers = Encoding.ASCII.GetString(received.ToArray(), 0, headerEnd);
        var length = headers.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var have = received.Count - headerEnd - 4;
        while (have < length)
        {
            var count = await stream.ReadAsync(buffer);
            if (count == 0)
            {
                return;
            }

            have += count;
        }
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
