using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>The report formats the toolkit writes, by name.</summary>
public sealed class ReporterSet
{
    private readonly Dictionary<string, IVerdictReporter> reporters;

    /// <param name="reporters">The reporters, one per format.</param>
    /// <exception cref="ArgumentException">Two reporters have the same format.</exception>
    public ReporterSet(IEnumerable<IVerdictReporter> reporters)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        this.reporters = reporters.ToDictionary(r => r.Format, StringComparer.Ordinal);
    }

    /// <summary>Every built-in format.</summary>
    public static ReporterSet Default { get; } = new([new JsonVerdictReporter(), new MarkdownVerdictReporter(), new SarifVerdictReporter(), new JUnitVerdictReporter()]);

    /// <summary>The format names this set writes.</summary>
    public IEnumerable<string> Formats => reporters.Keys;

    /// <summary>Whether this set has a reporter for <paramref name="format"/> (ordinal, lower case).</summary>
    public bool Has(string format) => reporters.ContainsKey(format);

    /// <summary>
    /// Writes the verdict in each format to <paramref name="directory"/>. The JSON verdict is always written, whatever
    /// was asked, because decide and publish read it. Returns the paths written.
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteAsync(GateVerdict verdict, string directory, IEnumerable<string> formats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(formats);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var format in formats.Prepend("json").Distinct(StringComparer.Ordinal))
        {
            if (!reporters.TryGetValue(format, out var reporter))
            {
                continue;
            }

            var path = Path.Combine(directory, reporter.FileName(verdict.Gate));
            // Whole or not at all: a full disk leaves no truncated report and no temporary file.
            await AtomicFile.WriteTextAsync(path, reporter.Render(verdict), cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        return written;
    }
}
