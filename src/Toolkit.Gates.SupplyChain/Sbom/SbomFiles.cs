using Toolkit.Gates.SupplyChain.Inventory;
namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>Writes an inventory's SBOMs to a directory: <c>&lt;name&gt;.cdx.json</c> and/or <c>&lt;name&gt;.spdx.json</c>.</summary>
internal static class SbomFiles
{
    public const string CycloneDx = "cyclonedx";
    public const string Spdx = "spdx";

    /// <returns>The written file paths.</returns>
    public static IReadOnlyList<string> Write(DependencyInventory inventory, SbomInfo info, IEnumerable<string> formats, string directory, string baseName = "sbom")
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(formats);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var format in formats.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var file = format.ToUpperInvariant() switch
            {
                "CYCLONEDX" => baseName + ".cdx.json",
                "SPDX" => baseName + ".spdx.json",
                _ => throw new ArgumentException($"unknown SBOM format '{format}'; use cyclonedx or spdx.", nameof(formats)),
            };
            written.Add(WriteFile(inventory, info, format, Path.Combine(directory, file)));
        }

        return written;
    }

    /// <summary>Writes one SBOM (<paramref name="format"/>) to <paramref name="path"/>, whole or not at all (temp file, then rename).</summary>
    /// <returns><paramref name="path"/>.</returns>
    public static string WriteFile(DependencyInventory inventory, SbomInfo info, string format, string path)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(path);
        var bytes = format.ToUpperInvariant() switch
        {
            "CYCLONEDX" => CycloneDxWriter.Write(inventory, info),
            "SPDX" => SpdxWriter.Write(inventory, info),
            _ => throw new ArgumentException($"unknown SBOM format '{format}'; use cyclonedx or spdx.", nameof(format)),
        };
        if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return path;
    }
}
