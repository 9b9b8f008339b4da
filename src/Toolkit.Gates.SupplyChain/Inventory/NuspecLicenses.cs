using System.Xml;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using Toolkit.Core.IO;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads NuGet package licenses from <c>.nuspec</c> files in local package folders
/// (<c>&lt;folder&gt;/&lt;id&gt;/&lt;version&gt;/&lt;id&gt;.nuspec</c>): a license expression, or a license URL
/// (licenses.nuget.org URLs name an expression), read with NuGet.Packaging's <c>NuspecReader</c>. Anything else stays
/// unknown, with a note saying why.
/// </summary>
internal sealed class NuspecLicenses(IReadOnlyList<string> packageFolders)
{
    private const string NuGetLicenseHost = "https://licenses.nuget.org/";
    private const string DeprecatedLicenseUrl = "https://aka.ms/deprecateLicenseUrl";

    /// <summary>The user's global package folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// (expression, url, note) for a package: the expression and URL its nuspec declares, or a note saying why there is
    /// none (no nuspec in the folders searched, a license file, an unreadable nuspec).
    /// </summary>
    public (string? Expression, string? Url, string? Note) Find(string id, string version, IEnumerable<string>? extraFolders = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(version);
        var lowerId = id.ToLowerInvariant();
        var lowerVersion = NormalizedVersion(version);
        var searched = (extraFolders ?? []).Concat(packageFolders).ToList();
        foreach (var folder in searched)
        {
            var nuspec = Path.Combine(folder, lowerId, lowerVersion, lowerId + ".nuspec");
            if (File.Exists(nuspec))
            {
                return Read(nuspec);
            }
        }

        return (null, null, NotRestoredNote + string.Join(", ", searched));
    }

    /// <summary>How a note about a package missing from every package folder starts (the folders follow).</summary>
    public const string NotRestoredNote = "no .nuspec in the NuGet package folder(s) ";

    /// <summary>Reads the license of one nuspec with NuGet's own <see cref="NuspecReader"/>.</summary>
    internal static (string? Expression, string? Url, string? Note) Read(string nuspecPath)
    {
        try
        {
            var (stream, unreadable) = UserFiles.OpenRead(nuspecPath, nuspecPath);
            if (stream is null)
            {
                return (null, null, unreadable!.ToString());
            }

            NuspecReader reader;
            using (stream)
            {
                reader = new NuspecReader(stream);
            }

            var url = reader.GetLicenseUrl() is { Length: > 0 } u && u != DeprecatedLicenseUrl ? u.Trim() : null;
            var metadata = reader.GetLicenseMetadata();
            if (metadata is { Type: LicenseType.Expression } && metadata.License.Trim().Length > 0)
            {
                var problems = metadata.WarningsAndErrors is { Count: > 0 } w ? $" ({string.Join("; ", w)})" : string.Empty;
                return (metadata.License.Trim(), url, problems.Length > 0 ? "NuGet reports" + problems : null);
            }

            if (metadata is { Type: LicenseType.File })
            {
                return (null, url, $"the license is the file '{metadata.License}' inside the package; read it and waive or allow the package");
            }

            if (url is not null && url.StartsWith(NuGetLicenseHost, StringComparison.OrdinalIgnoreCase))
            {
                // licenses.nuget.org/<expression> is how NuGet renders expressions as URLs for old clients.
                return (Uri.UnescapeDataString(url[NuGetLicenseHost.Length..].TrimEnd('/')), url, null);
            }

            return (null, url, url is null ? $"{Path.GetFileName(nuspecPath)} declares no license" : null);
        }
        catch (Exception ex) when (ex is XmlException or PackagingException or InvalidDataException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{nuspecPath} cannot be read ({ex.Message})");
        }
    }

    private static string NormalizedVersion(string version) =>
        NuGet.Versioning.NuGetVersion.TryParse(version, out var parsed) ? parsed.ToNormalizedString().ToLowerInvariant() : version.ToLowerInvariant();
}
