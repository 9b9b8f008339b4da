namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>Reads a Prometheus base URL as gates.yml and the command line give it.</summary>
internal static class PrometheusUrls
{
    /// <summary>The URL with a trailing slash (so API paths resolve below it), or null when it is not absolute http(s).</summary>
    public static Uri? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return Uri.TryCreate(trimmed.EndsWith('/') ? trimmed : trimmed + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? uri
            : null;
    }
}
