using System.Xml;
using System.Xml.Linq;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads NuGet package licenses from <c>.nuspec</c> files in local package folders
/// (<c>&lt;folder&gt;/&lt;id&gt;/&lt;version&gt;/&lt;id&gt;.nuspec</c>): a license expression, or a license URL
/// (licenses.nuget.org URLs name an expression). Anything else stays unknown.
/// </summary>
public sealed class NuspecLicenses(IReadOnlyList<string> packageFolders)
{
    private const string NuGetLicenseHost = "https://licenses.nuget.org/";

    /// <summary>The user's global package folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>(expression, url) for a package; both null when no nuspec is found or it names no license.</summary>
    public (string? Expression, string? Url) Find(string id, string version, IEnumerable<string>? extraFolders = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(version);
        var lowerId = id.ToLowerInvariant();
        var lowerVersion = NormalizedVersion(version);
        foreach (var folder in (extraFolders ?? []).Concat(packageFolders))
        {
            var nuspec = Path.Combine(folder, lowerId, lowerVersion, lowerId + ".nuspec");
            if (File.Exists(nuspec))
            {
                return Read(nuspec);
            }
        }

        return (null, null);
    }

    internal static (string? Expression, string? Url) Read(string nuspecPath)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(nuspecPath);
        }
        catch (XmlException)
        {
            return (null, null);
        }

        var metadata = document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        var license = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
        var url = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "licenseUrl")?.Value.Trim();
        if (license is not null && (string?)license.Attribute("type") == "expression" && license.Value.Trim().Length > 0)
        {
            return (license.Value.Trim(), url);
        }

        if (url is not null && url.StartsWith(NuGetLicenseHost, StringComparison.OrdinalIgnoreCase))
        {
            // licenses.nuget.org/<expression> is how NuGet renders expressions as URLs for old clients.
            return (Uri.UnescapeDataString(url[NuGetLicenseHost.Length..].TrimEnd('/')), url);
        }

        return (null, string.IsNullOrEmpty(url) || url == "https://aka.ms/deprecateLicenseUrl" ? null : url);
    }

    private static string NormalizedVersion(string version) =>
        NuGet.Versioning.NuGetVersion.TryParse(version, out var parsed) ? parsed.ToNormalizedString().ToLowerInvariant() : version.ToLowerInvariant();
}
