using Toolkit.Testing.PublicApi;

namespace Toolkit.Core.Tests.PublicApi;

/// <summary>The API text shows what a caller depends on, including nullable annotations and default values.</summary>
public sealed class ApiSignaturesTests
{
    [Fact]
    public void Renders_nullability_tuples_defaults_and_accessors()
    {
        var text = ApiSurface.Render("sample", [typeof(Sample), typeof(SampleRecord), typeof(SampleKind)], "ApiSignaturesTests");

        Assert.Contains("public class Toolkit.Core.Tests.PublicApi.ApiSignaturesTests.Sample\n", text, StringComparison.Ordinal);
        Assert.Contains("    public const string Name = \"sample\"", text, StringComparison.Ordinal);
        Assert.Contains("    public Sample(string text, string? optional = null, int count = 3, ApiSignaturesTests.SampleKind kind = ApiSignaturesTests.SampleKind.Second)", text, StringComparison.Ordinal);
        Assert.Contains("    public IReadOnlyDictionary<string, string?>? Map { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("    public int? Limit { get; set; }", text, StringComparison.Ordinal);
        Assert.Contains("    public static (string? Value, int Line) Parse(string text, CancellationToken cancellationToken = default)", text, StringComparison.Ordinal);
        Assert.Contains("    public Task<T?> Find<T>(params string[] keys) where T : class", text, StringComparison.Ordinal);
        Assert.Contains("    protected virtual void OnChanged()", text, StringComparison.Ordinal);
        Assert.Contains("    public static int Clamp(int value, int max = int.MaxValue)", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record Toolkit.Core.Tests.PublicApi.ApiSignaturesTests.SampleRecord", text, StringComparison.Ordinal);
        Assert.Contains("    public SampleRecord(string Path, int Line = 0)", text, StringComparison.Ordinal);
        Assert.Contains("    public string Path { get; init; }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Clone", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Equals", text, StringComparison.Ordinal);
        Assert.Contains("public enum Toolkit.Core.Tests.PublicApi.ApiSignaturesTests.SampleKind\n    First = 0\n    Second = 1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nullable_changes_are_visible()
    {
        var signatures = new ApiSignatures();

        Assert.Equal("public string? Optional { get; }", signatures.Member(typeof(SampleRecord).GetProperty(nameof(SampleRecord.Optional))!));
        Assert.Equal("public string Path { get; init; }", signatures.Member(typeof(SampleRecord).GetProperty(nameof(SampleRecord.Path))!));
    }

    [Fact]
    public void The_diff_shows_the_changed_lines_with_context()
    {
        var diff = LineDiff.Unified("a\nb\nc\nd\ne\nf", "a\nb\nc\nD\ne\nf");

        Assert.Equal("@@ -2 +2 @@\n b\n c\n-d\n+D\n e\n f\n", diff);
    }

    public enum SampleKind
    {
        First,
        Second,
    }

    public class Sample(string text, string? optional = null, int count = 3, SampleKind kind = SampleKind.Second)
    {
        public const string Name = "sample";

        public IReadOnlyDictionary<string, string?>? Map { get; init; }

        public int? Limit { get; set; }

        public string Text => text + optional + count + kind;

        public static (string? Value, int Line) Parse(string text, CancellationToken cancellationToken = default) => (text, cancellationToken.GetHashCode());

        public static int Clamp(int value, int max = int.MaxValue) => Math.Min(value, max);

        public Task<T?> Find<T>(params string[] keys)
            where T : class => Task.FromResult<T?>(keys.Length == 0 ? null : null);

#pragma warning disable CA1822 // The sample needs an instance member of each kind.
        protected virtual void OnChanged()
#pragma warning restore CA1822
        {
        }
    }

    public sealed record SampleRecord(string Path, int Line = 0)
    {
        public string? Optional => null;
    }
}
