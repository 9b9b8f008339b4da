using System.Globalization;
using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Licenses;

namespace Toolkit.Gates.SupplyChain.Sbom;

/// <summary>
/// Writes CycloneDX 1.6 JSON: one <c>library</c> component per package (purl, version, scope, hashes, licenses),
/// one <c>application</c> component per lockfile's project, and the <c>dependencies</c> graph. bom-refs are purls and
/// the serial number is derived from the content.
/// </summary>
internal static class CycloneDxWriter
{
    public static byte[] Write(DependencyInventory inventory, SbomInfo info)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(info);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", "1.6");
            json.WriteString("serialNumber", "urn:uuid:" + StableIds.Uuid(StableIds.Fingerprint(inventory)).ToString("D"));
            json.WriteNumber("version", 1);
            WriteMetadata(json, info);
            json.WriteStartArray("components");
            foreach (var lockfile in inventory.Lockfiles)
            {
                json.WriteStartObject();
                json.WriteString("type", "application");
                json.WriteString("bom-ref", ProjectRef(lockfile));
                json.WriteString("name", lockfile.Project);
                WriteProperties(json, ("toolkit:lockfile", lockfile.Path));
                json.WriteEndObject();
            }

            foreach (var component in inventory.Components)
            {
                WriteComponent(json, component);
            }

            json.WriteEndArray();
            WriteDependencies(json, inventory);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The bom-ref of a lockfile's project.</summary>
    public static string ProjectRef(Lockfile lockfile) => "project:" + lockfile.Path;

    private static void WriteMetadata(Utf8JsonWriter json, SbomInfo info)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "toolkit-gate");
        json.WriteString("version", info.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", "root");
        json.WriteString("name", info.Name);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, Component component)
    {
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", component.Purl);
        var (group, name) = GroupAndName(component);
        if (group is not null)
        {
            json.WriteString("group", group);
        }

        json.WriteString("name", name);
        json.WriteString("version", component.Version);
        json.WriteString("scope", component.Development || component.Optional ? "optional" : "required");
        if (component.Hashes.Count > 0)
        {
            json.WriteStartArray("hashes");
            foreach (var hash in component.Hashes)
            {
                json.WriteStartObject();
                json.WriteString("alg", hash.Algorithm);
                json.WriteString("content", hash.Hex);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteLicenses(json, component);
        json.WriteString("purl", component.Purl);
        WriteExternalReferences(json, component);
        WriteProperties(json, [
            ("toolkit:dependency", component.Direct ? "direct" : "transitive"),
            ("toolkit:lockfile", component.Location.Path),
            .. Flags(component)]);
        json.WriteEndObject();
    }

    /// <summary>npm scopes, Composer vendors and Maven groups are the CycloneDX group, as cdxgen writes them.</summary>
    private static (string? Group, string Name) GroupAndName(Component component)
    {
        var separator = component.Ecosystem == Ecosystem.Maven ? ':' : '/';
        var cut = component.Name.IndexOf(separator, StringComparison.Ordinal);
        var grouped = component.Ecosystem switch
        {
            Ecosystem.Npm => component.Name.StartsWith('@'),
            Ecosystem.Packagist or Ecosystem.Maven => true,
            _ => false,
        };
        return grouped && cut > 0 ? (component.Name[..cut], component.Name[(cut + 1)..]) : (null, component.Name);
    }

    private static void WriteLicenses(Utf8JsonWriter json, Component component)
    {
        if (component.License is { } license && SpdxExpression.TryParse(license, out _) is not null)
        {
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("expression", license);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        else if (component.License is not null || component.LicenseUrl is not null)
        {
            // Known only as free text or a URL: recorded as a named license, never turned into an SPDX id.
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteStartObject("license");
            json.WriteString("name", component.License ?? component.LicenseUrl);
            if (component.LicenseUrl is not null && Uri.IsWellFormedUriString(component.LicenseUrl, UriKind.Absolute))
            {
                json.WriteString("url", component.LicenseUrl);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
    }

    private static IEnumerable<(string Name, string Value)> Flags(Component component)
    {
        var flags = new (string Name, bool Set)[]
        {
            ("toolkit:development", component.Development), ("toolkit:optional", component.Optional),
            ("toolkit:bundled", component.Bundled), ("toolkit:workspace", component.Workspace),
        };
        return flags.Where(f => f.Set).Select(f => (f.Name, "true"));
    }

    /// <summary>Where a package that is not from a registry comes from: its git repository or download location.</summary>
    private static void WriteExternalReferences(Utf8JsonWriter json, Component component)
    {
        if (component.VcsUrl is null && component.DownloadUrl is null)
        {
            return;
        }

        json.WriteStartArray("externalReferences");
        foreach (var (type, url) in new[] { ("vcs", component.VcsUrl), ("distribution", component.DownloadUrl) })
        {
            if (url is not null)
            {
                json.WriteStartObject();
                json.WriteString("type", type);
                json.WriteString("url", url);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, params (string Name, string Value)[] properties)
    {
        json.WriteStartArray("properties");
        foreach (var (name, value) in properties)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDependencies(Utf8JsonWriter json, DependencyInventory inventory)
    {
        var known = inventory.Components.Select(c => c.Purl).ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("dependencies");
        WriteDependency(json, "root", inventory.Lockfiles.Select(ProjectRef));
        foreach (var lockfile in inventory.Lockfiles)
        {
            WriteDependency(json, ProjectRef(lockfile), lockfile.DirectDependencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        foreach (var component in inventory.Components)
        {
            WriteDependency(json, component.Purl, component.DependsOn.Where(known.Contains));
        }

        json.WriteEndArray();
    }

    private static void WriteDependency(Utf8JsonWriter json, string reference, IEnumerable<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteString("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var item in dependsOn)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
