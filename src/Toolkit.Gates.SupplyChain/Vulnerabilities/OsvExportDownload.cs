using System.Net;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// Downloads the per-ecosystem OSV exports (<c>&lt;base&gt;/&lt;ecosystem&gt;/all.zip</c>, as
/// https://osv-vulnerabilities.storage.googleapis.com publishes them) for air-gapped runs: each archive is streamed to a
/// temp file, read through the same limits and checks as the gate's offline database (a zip bomb, an empty or broken
/// archive are refused), and only then renamed into place, so a failed download never replaces a good copy.
/// </summary>
internal sealed class OsvExportDownload(HttpClient http, Uri baseUrl)
{
    /// <summary>Where OSV publishes its exports.</summary>
    public const string DefaultBaseUrl = "https://osv-vulnerabilities.storage.googleapis.com";

    /// <summary>Largest archive accepted (the biggest real export is a few hundred MB).</summary>
    public const long MaxArchiveBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The OSV ecosystem names of the components (e.g. <c>npm</c>, <c>NuGet</c>), sorted.</summary>
    public static IReadOnlyList<string> EcosystemsOf(IEnumerable<Component> components) =>
        components.Select(c => OsvDatabase.EcosystemName(c.Ecosystem)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Downloads <c>&lt;ecosystem&gt;/all.zip</c> into <c>&lt;directory&gt;/&lt;ecosystem&gt;/all.zip</c>.</summary>
    /// <returns>The archive's path and how many OSV records it holds.</returns>
    /// <exception cref="OsvDatabaseException">Unreachable, a non-success answer, or not a usable OSV archive.</exception>
    public async Task<(string Path, int Records)> DownloadAsync(string ecosystem, string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ecosystem);
        ArgumentNullException.ThrowIfNull(directory);
        var url = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(ecosystem) + "/all.zip");
        var target = Path.Combine(directory, ecosystem, "all.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await FetchAsync(url, temp, cancellationToken).ConfigureAwait(false);
            var records = OsvDatabase.Load(temp, []).Scanned;
            File.Move(temp, target, overwrite: true);
            return (target, records);
        }
        catch (OsvDatabaseException ex)
        {
            throw new OsvDatabaseException($"{url}: {ex.Message.Replace(temp, "the download", StringComparison.Ordinal)}");
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task FetchAsync(Uri url, string temp, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new OsvDatabaseException($"unreachable ({ex.Message}); check --base-url, or copy the all.zip files in by hand.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OsvDatabaseException($"no answer within {http.Timeout.TotalSeconds:0} s; try again, or copy the all.zip files in by hand.");
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new OsvDatabaseException($"answered HTTP {(int)response.StatusCode}; check the ecosystem name (OSV spells them e.g. npm, NuGet, PyPI, Go, crates.io) and --base-url.");
            }

            if (response.Content.Headers.ContentLength > MaxArchiveBytes)
            {
                throw new OsvDatabaseException($"announces {response.Content.Headers.ContentLength} bytes, more than the {MaxArchiveBytes} an OSV export has.");
            }

            await using var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using var file = File.Create(temp);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > MaxArchiveBytes)
                {
                    throw new OsvDatabaseException($"sent more than the {MaxArchiveBytes} bytes an OSV export has.");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
