using System.Buffers;
using System.Runtime.CompilerServices;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// Reads k6's raw <c>--out json</c> stream (one <c>Metric</c> or <c>Point</c> object per line) in bounded memory: lines
/// are parsed in place from one pooled buffer with <see cref="System.Text.Json.Utf8JsonReader"/> (no line strings), and
/// trends go into <see cref="Statistics.LogHistogram"/>s, so memory depends on the number of metrics, not the file size.
/// Trend percentiles are exact, as k6 computes them: further reads select the needed ranks inside the histogram bucket
/// that holds them (<see cref="Statistics.RankSelection"/>).
/// </summary>
internal sealed partial class K6StreamReader
{
    private const int MaxBufferSize = 64 << 20;

    private readonly K6StreamOptions options;
    private readonly List<MetricEntry> entries = [];
    private readonly SortedDictionary<double, StepAggregate> steps = [];
    private double currentLoad = double.NaN;
    private long lineNumber;
    private bool selecting;

    public K6StreamReader(K6StreamOptions? options = null) => this.options = options ?? new K6StreamOptions();

    /// <summary>Bytes of the stream (the first read; selection reads are not counted again).</summary>
    public long BytesRead { get; private set; }

    /// <summary>Lines of the stream.</summary>
    public long Lines { get; private set; }

    /// <summary>Reads the file at <paramref name="fullPath"/>; <paramref name="displayPath"/> is how errors name it.</summary>
    public ReadOutcome Read(string fullPath, string displayPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var (stream, problem) = UserFiles.OpenRead(fullPath, displayPath);
        if (stream is null)
        {
            return ReadOutcome.Fail(problem!.ToString(), new SourceLocation(displayPath));
        }

        using (stream)
        {
            return Read(stream, displayPath, cancellationToken);
        }
    }

    public ReadOutcome Read(Stream stream, string displayPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var failure = Scan(stream, displayPath, cancellationToken) ?? SelectPercentiles(stream, displayPath, cancellationToken);
        return failure ?? ReadOutcome.Ok(Build(displayPath));
    }

    // One read of the whole stream; line errors come back located.
    private ReadOutcome? Scan(Stream stream, string displayPath, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(options.BufferSize);
        lineNumber = 0;
        try
        {
            var filled = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxBufferSize)
                    {
                        return Fail(displayPath, lineNumber + 1, $"line is longer than {MaxBufferSize >> 20} MiB; this is not a k6 --out json stream.");
                    }

                    var grown = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(grown);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = grown;
                }

                var read = stream.Read(buffer, filled, buffer.Length - filled);
                if (!selecting)
                {
                    BytesRead += read;
                }

                var end = filled + read;
                var consumed = ProcessLines(buffer.AsSpan(0, end), final: read == 0, displayPath, out var error);
                if (error is not null)
                {
                    return error;
                }

                if (read == 0)
                {
                    return null;
                }

                buffer.AsSpan(consumed, end - consumed).CopyTo(buffer);
                filled = end - consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Lines = Math.Max(Lines, lineNumber);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ProcessLines(ReadOnlySpan<byte> data, bool final, string displayPath, out ReadOutcome? error)
    {
        error = null;
        var consumed = 0;
        while (consumed < data.Length)
        {
            var rest = data[consumed..];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0 && !final)
            {
                break;
            }

            var line = newline < 0 ? rest : rest[..newline];
            consumed += newline < 0 ? rest.Length : newline + 1;
            lineNumber++;
            if (!ProcessLine(line, out var message))
            {
                error = Fail(displayPath, lineNumber, message!);
                return consumed;
            }
        }

        return consumed;
    }

    private static ReadOutcome Fail(string path, long line, string message)
    {
        var location = new SourceLocation(path, (int)Math.Min(line, int.MaxValue), 1);
        return ReadOutcome.Fail($"{location}: {message}", location);
    }

    private ResultSet Build(string displayPath)
    {
        // k6 divides a counter by the test's run duration, which the stream does not record: counters get their rate
        // from a summary of the same run (ResultSet.WithCounterRates), never from a guess.
        var metrics = new Dictionary<string, K6Metric>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            metrics[entry.Aggregate.Name] = entry.Aggregate.ToMetric(options.Percentiles);
            foreach (var (_, sub) in entry.SubMetrics)
            {
                metrics[sub.Name] = sub.ToMetric(options.Percentiles);
            }
        }

        // Sub-metrics nobody produced a point for still exist, empty, as in k6.
        foreach (var selector in options.SubMetrics.Where(s => !metrics.ContainsKey(s.Text)))
        {
            var type = metrics.TryGetValue(selector.Metric, out var parent) ? parent.Type : "trend";
            metrics[selector.Text] = new MetricAggregate(selector.Text, options.RelativeAccuracy) { Type = type }.ToMetric(options.Percentiles);
        }

        return new ResultSet
        {
            Metrics = metrics,
            LoadSteps = steps.Values.Select(s => s.ToStep()).ToList(),
            Sources = [displayPath],
        };
    }
}
