using System.Security.Cryptography;

namespace Toolkit.Gates.Slo.Probes;

/// <summary>W3C Trace Context <c>traceparent</c> values (version 00, sampled), so probe requests show up in traces.</summary>
internal static class TraceParent
{
    public const string HeaderName = "traceparent";

    public static string Create() => Create(out _);

    public static string Create(out string traceId)
    {
        Span<byte> bytes = stackalloc byte[24];
        RandomNumberGenerator.Fill(bytes);
        traceId = Convert.ToHexStringLower(bytes[..16]);
        return $"00-{traceId}-{Convert.ToHexStringLower(bytes[16..])}-01";
    }
}
