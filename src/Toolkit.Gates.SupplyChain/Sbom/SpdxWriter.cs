using System.Globalization;
using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Licenses;

namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>
/// Writes SPDX 2.3 JSON: the document (CC0-1.0, SPDXRef-DOCUMENT, a content-derived namespace), a root package that
/// the document DESCRIBES, one package per project and per component (purl external ref, SHA checksums, declared
/// license or NOASSERTION) and DEPENDS_ON relationships.
/// </summary>
internal static class SpdxWriter
{
    public static byte[] Write(DependencyInventory inventory, SbomInfo info)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(info);
        var uuid = StableIds.Uuid(StableIds.Fingerprint(inventory)).ToString("D");
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("spdxVersion", "SPDX-2.3");
            json.WriteString("dataLicense", "CC0-1.0");
            json.WriteString("SPDXID", "SPDXRef-DOCUMENT");
            json.WriteString("name", info.Name);
            json.WriteString("documentNamespace", $"https://toolkit.dev/spdx/{Uri.EscapeDataString(info.Name)}-{uuid}");
            json.WriteStartObject("creationInfo");
            json.WriteString("created", info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("creators");
            json.WriteStringValue("Tool: toolkit-gate-" + info.ToolVersion);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("packages");
            WritePackage(json, "SPDXRef-Root", info.Name, null, null, null, []);
            foreach (var lockfile in inventory.Lockfiles)
            {
                WritePackage(json, ProjectId(lockfile), lockfile.Project, null, null, null, []);
            }

            foreach (var component in inventory.Components)
            {
                WritePackage(json, PackageId(component.Purl), component.Name, component.Version, component.Purl, component.License, component.Hashes);
            }

            json.WriteEndArray();
            json.WriteStartArray("relationships");
            WriteRelationship(json, "SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Root");
            var known = inventory.Components.Select(c => c.Purl).ToHashSet(StringComparer.Ordinal);
            foreach (var lockfile in inventory.Lockfiles)
            {
                WriteRelationship(json, "SPDXRef-Root", "CONTAINS", ProjectId(lockfile));
                foreach (var purl in lockfile.DirectDependencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    WriteRelationship(json, ProjectId(lockfile), "DEPENDS_ON", PackageId(purl));
                }
            }

            foreach (var component in inventory.Components)
            {
                foreach (var dependency in component.DependsOn.Where(known.Contains))
                {
                    WriteRelationship(json, PackageId(component.Purl), "DEPENDS_ON", PackageId(dependency));
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    internal static string PackageId(string purl) => "SPDXRef-Package-" + StableIds.Short(purl);

    private static string ProjectId(Lockfile lockfile) => "SPDXRef-Project-" + StableIds.Short(lockfile.Path);

    private static void WritePackage(Utf8JsonWriter json, string id, string name, string? version, string? purl, string? license, IReadOnlyList<ComponentHash> hashes)
    {
        json.WriteStartObject();
        json.WriteString("SPDXID", id);
        json.WriteString("name", name);
        if (version is not null)
        {
            json.WriteString("versionInfo", version);
        }

        json.WriteString("downloadLocation", "NOASSERTION");
        json.WriteBoolean("filesAnalyzed", false);
        json.WriteString("licenseConcluded", "NOASSERTION");
        var valid = license is not null && SpdxExpression.TryParse(license, out _) is not null;
        json.WriteString("licenseDeclared", valid ? license : "NOASSERTION");
        json.WriteString("copyrightText", "NOASSERTION");
        if (hashes.Count > 0)
        {
            json.WriteStartArray("checksums");
            foreach (var hash in hashes)
            {
                json.WriteStartObject();
                json.WriteString("algorithm", hash.Algorithm.Replace("-", string.Empty, StringComparison.Ordinal));
                json.WriteString("checksumValue", hash.Hex);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (purl is not null)
        {
            json.WriteStartArray("externalRefs");
            json.WriteStartObject();
            json.WriteString("referenceCategory", "PACKAGE-MANAGER");
            json.WriteString("referenceType", "purl");
            json.WriteString("referenceLocator", purl);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, string element, string type, string related)
    {
        json.WriteStartObject();
        json.WriteString("spdxElementId", element);
        json.WriteString("relationshipType", type);
        json.WriteString("relatedSpdxElement", related);
        json.WriteEndObject();
    }
}
