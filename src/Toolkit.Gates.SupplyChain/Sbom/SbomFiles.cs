using Toolkit.Gates.SupplyChain.Inventory;
namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>Writes an inventory's SBOMs to a directory: <c>&lt;name&gt;.cdx.json</c> and/or <c>&lt;name&gt;.spdx.json</c>.</summary>
public static class SbomFiles
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
            var (file, bytes) = format.ToUpperInvariant() switch
            {
                "CYCLONEDX" => (baseName + ".cdx.json", CycloneDxWriter.Write(inventory, info)),
                "SPDX" => (baseName + ".spdx.json", SpdxWriter.Write(inventory, info)),
                _ => throw new ArgumentException($"unknown SBOM format '{format}'; use cyclonedx or spdx.", nameof(formats)),
            };
            var path = Path.Combine(directory, file);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }

        return written;
    }
}
