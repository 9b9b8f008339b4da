using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Gates.Policy.Alerts;

namespace Toolkit.Gates.Policy.Reporting;

/// <summary>Writes <c>alert-hygiene.json</c> (packed as <c>alerts/hygiene.json</c>) into the gate's evidence directory.</summary>
internal static class HygieneEvidence
{
    /// <summary>The evidence item; null when the run keeps no evidence.</summary>
    public static async Task<EvidenceItem?> WriteAsync(string? evidenceDirectory, AlertHygieneReport report, CancellationToken cancellationToken)
    {
        if (evidenceDirectory is null)
        {
            return null;
        }

        Directory.CreateDirectory(evidenceDirectory);
        var path = Path.Combine(evidenceDirectory, "alert-hygiene.json");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(report, PolicyJsonContext.Default.AlertHygieneReport);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        var relative = Path.GetFileName(evidenceDirectory) + "/alert-hygiene.json";
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
