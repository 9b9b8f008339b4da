using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Dr.Checks;

namespace Toolkit.Gates.Dr.Reporting;

/// <summary>
/// The gate's evidence under <c>dr/</c> of its evidence directory (packed as <c>dr/</c>, the release contract's
/// folder): <c>freshness.json</c> with each system's figures, and a copy of every drill record read.
/// </summary>
internal static class FreshnessReport
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static async Task<IReadOnlyList<EvidenceItem>> WriteAsync(
        string evidenceDirectory, IReadOnlyList<BackupStatus> backups, IReadOnlyList<DrillStatus> drills, IReadOnlyList<string> drillFiles,
        DrOptions options, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(evidenceDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
        var folder = Path.Combine(evidenceDirectory, "dr");
        Directory.CreateDirectory(folder);
        var items = new List<EvidenceItem>();
        foreach (var file in drillFiles.Order(StringComparer.Ordinal))
        {
            items.Add(await SaveAsync(outputDirectory, Path.Combine(folder, Path.GetFileName(file)), UserFiles.ReadBytesOrThrow(file, file), cancellationToken).ConfigureAwait(false));
        }

        items.Add(await SaveAsync(outputDirectory, Path.Combine(folder, "freshness.json"), Render(backups, drills, options, at), cancellationToken).ConfigureAwait(false));
        return items;
    }

    internal static byte[] Render(IReadOnlyList<BackupStatus> backups, IReadOnlyList<DrillStatus> drills, DrOptions options, DateTimeOffset at)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("at", at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("max_drill_age_s", options.MaxDrillAge.TotalSeconds);
            json.WriteStartArray("systems");
            foreach (var backup in backups)
            {
                var drill = drills.FirstOrDefault(d => d.System == backup.System);
                json.WriteStartObject();
                json.WriteString("name", backup.System.Name);
                json.WriteNumber("rpo_s", backup.System.Rpo.TotalSeconds);
                json.WriteNumber("rto_s", backup.System.Rto.TotalSeconds);
                WriteTime(json, "last_backup", backup.LastBackup);
                if (backup.AgeAt(at) is { } age)
                {
                    json.WriteNumber("backup_age_s", Math.Round(age.TotalSeconds, 3));
                }
                else
                {
                    json.WriteNull("backup_age_s");
                }

                json.WriteString("backup_error", backup.Error);
                WriteTime(json, "last_drill", drill?.Latest?.Completed);
                WriteTime(json, "last_passing_drill", drill?.LastPass?.Completed);
                json.WriteString("last_passing_drill_kind", drill?.LastPass?.Kind);
                json.WriteBoolean("drill_recent", drill?.IsRecent(at, options.MaxDrillAge) ?? false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            json.WriteString(name, t.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static async Task<EvidenceItem> SaveAsync(string outputDirectory, string file, byte[] content, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(file, content, cancellationToken).ConfigureAwait(false);
        return new EvidenceItem(Path.GetRelativePath(outputDirectory, file).Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(content)));
    }
}
