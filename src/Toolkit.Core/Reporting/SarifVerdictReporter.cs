using System.IO.Compression;
using System.Text;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>
/// SARIF 2.1.0, <c>&lt;gate&gt;.sarif</c>, for GitHub code scanning: one run per verdict, waived findings as suppressed
/// results, and GitHub's upload limits (result count, compressed size) enforced by dropping the least severe results
/// with a note saying how many.
/// </summary>
public sealed class SarifVerdictReporter : IVerdictReporter
{
    /// <summary>The <c>$schema</c> written into every report.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of <see cref="Finding.Fingerprint"/> in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "toolkit/v1";

    /// <summary>The base id every artifact URI is relative to: the repository root.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private readonly SarifOptions options;

    /// <param name="options">Upload limits; null for GitHub's (<see cref="SarifOptions.Default"/>).</param>
    public SarifVerdictReporter(SarifOptions? options = null) => this.options = options ?? SarifOptions.Default;

    /// <inheritdoc/>
    public string Format => "sarif";

    /// <inheritdoc/>
    public string FileName(string gate) => $"{gate}.sarif";

    /// <inheritdoc/>
    public string Render(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var entries = SarifEntry.From(verdict);
        var located = entries.Where(e => e.HasLocation).ToList();
        var locationless = entries.Where(e => !e.HasLocation).ToList();

        var keepResults = Math.Clamp(options.MaxResults, 0, located.Count);
        var keepNotes = Math.Clamp(options.MaxResults, 0, locationless.Count);
        var text = SarifWriter.Write(verdict, located, keepResults, locationless, keepNotes);
        var size = GzipSize(text);

        // Shrink in proportion to the overshoot (with a margin) rather than one at a time: 25,000 re-renders would be slow.
        while (size > options.MaxGzipBytes && keepResults + keepNotes > 0)
        {
            var ratio = (double)options.MaxGzipBytes / size * 0.95;
            if (keepResults > 0)
            {
                keepResults = Math.Min(keepResults - 1, (int)(keepResults * ratio));
            }
            else
            {
                keepNotes = Math.Min(keepNotes - 1, (int)(keepNotes * ratio));
            }

            text = SarifWriter.Write(verdict, located, keepResults, locationless, keepNotes);
            size = GzipSize(text);
        }

        return text;
    }

    /// <summary>The size of <paramref name="text"/> as UTF-8 after gzip, the way GitHub measures an upload.</summary>
    public static long GzipSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return counter.Length;
    }
}
