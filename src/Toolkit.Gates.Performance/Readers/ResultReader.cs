using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>Reads any supported results file, detecting its format from the content unless one is named.</summary>
internal static class ResultReader
{
    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">How messages name the file (repository-relative).</param>
    /// <param name="format">The format, or <see cref="ResultFormat.Auto"/> to detect it.</param>
    /// <param name="streamOptions">What to aggregate from a k6 NDJSON stream.</param>
    public static ReadOutcome Read(string fullPath, string displayPath, ResultFormat format = ResultFormat.Auto, K6StreamOptions? streamOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(displayPath);
        var (opened, problem) = UserFiles.OpenRead(fullPath, displayPath);
        if (opened is null)
        {
            return File.Exists(fullPath) || Directory.Exists(fullPath)
                ? ReadOutcome.Fail(problem!.ToString(), new SourceLocation(displayPath))
                : ReadOutcome.Fail($"{displayPath}: results file not found; run the benchmark or load test first, or fix the path.", new SourceLocation(displayPath));
        }

        using var stream = opened;
        if (format == ResultFormat.Auto)
        {
            var head = Head(stream);
            format = Detect(head);
            if (format == ResultFormat.Auto && ForeignFormats.Describe(head) is { } foreign)
            {
                return ReadOutcome.Fail($"{displayPath}: unknown results format: this is {foreign}", new SourceLocation(displayPath, 1, 1));
            }

            stream.Position = 0;
        }

        if (format == ResultFormat.K6Ndjson)
        {
            return new K6StreamReader(streamOptions).Read(stream, displayPath, cancellationToken);
        }

        var (text, unreadable) = UserFiles.ReadLooseText(fullPath, displayPath);
        if (text is null)
        {
            return ReadOutcome.Fail(unreadable!.ToString(), new SourceLocation(displayPath));
        }

        if (format == ResultFormat.GoBench)
        {
            return GoBenchReader.Read(displayPath, text);
        }

        if (format == ResultFormat.Auto && GoBenchReader.Looks(text))
        {
            return GoBenchReader.Read(displayPath, text);
        }

        using var document = JsonFiles.Parse(displayPath, text, out var failure);
        if (document is null)
        {
            return failure!;
        }

        var root = document.RootElement;
        return (format == ResultFormat.Auto ? DetectJson(root) : format) switch
        {
            ResultFormat.BenchmarkDotNet => BenchmarkDotNetReader.Read(displayPath, text, root),
            ResultFormat.Hyperfine when root.TryGetProperty("results", out _) => HyperfineReader.Read(displayPath, text, root),
            ResultFormat.K6Summary when root.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object => K6SummaryReader.Read(displayPath, root),
            ResultFormat.CustomSmallerIsBetter when root.ValueKind == JsonValueKind.Array => CustomBenchmarkReader.Read(displayPath, text, root, Direction.SmallerIsBetter),
            ResultFormat.CustomBiggerIsBetter when root.ValueKind == JsonValueKind.Array => CustomBenchmarkReader.Read(displayPath, text, root, Direction.BiggerIsBetter),
            var f => ReadOutcome.Fail(
                f == ResultFormat.Auto
                    ? $"{displayPath}: unrecognised results format; the gate reads k6 summaries and --out json, BenchmarkDotNet full JSON, hyperfine --export-json, go test -bench output and github-action-benchmark custom JSON. Name the format in gates.yml if detection fails."
                    : $"{displayPath}: the content is not {f} results; fix the 'format' of this file in gates.yml.",
                new SourceLocation(displayPath, 1, 1)),
        };
    }

    /// <summary>The format of a file from its first bytes: NDJSON when the first line is a k6 Metric or Point object.</summary>
    public static ResultFormat Detect(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        // A file that cannot be opened has no format; reading it reports why.
        var (stream, _) = UserFiles.OpenRead(fullPath, fullPath);
        using (stream)
        {
            return stream is null ? ResultFormat.Auto : Detect(Head(stream));
        }
    }

    private static ResultFormat Detect(ReadOnlySpan<byte> span)
    {
        var newline = span.IndexOf((byte)'\n');
        var first = (newline < 0 ? span : span[..newline]).Trim(" \t\r"u8);
        if (first.StartsWith("{"u8) && first.EndsWith("}"u8) && newline >= 0 && LooksLikeK6Line(first))
        {
            return ResultFormat.K6Ndjson;
        }

        return ResultFormat.Auto;
    }

    private static byte[] Head(Stream stream)
    {
        var head = new byte[8192];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..length];
    }

    private static bool LooksLikeK6Line(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            return JsonFiles.String(document.RootElement, "type") is "Metric" or "Point";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ResultFormat DetectJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return ResultFormat.CustomSmallerIsBetter;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return ResultFormat.Auto;
        }

        if (root.TryGetProperty("Benchmarks", out var b) && b.ValueKind == JsonValueKind.Array)
        {
            return ResultFormat.BenchmarkDotNet;
        }

        if (root.TryGetProperty("results", out var r) && r.ValueKind == JsonValueKind.Array)
        {
            return ResultFormat.Hyperfine;
        }

        return root.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object ? ResultFormat.K6Summary : ResultFormat.Auto;
    }
}
