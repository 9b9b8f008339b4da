using System.Text.Json;
using Toolkit.Core.IO;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// The installed copy of a lockfile's packages (<c>node_modules/**/package.json</c> beside the lockfile), read for
/// what the lockfile does not record: the license. A missing or unreadable file is "not recorded", never a license.
/// </summary>
internal sealed class NpmInstalledPackages(string repositoryRoot, string lockfilePath)
{
    private readonly string folder = Path.GetDirectoryName(Path.Combine(repositoryRoot, lockfilePath)) ?? repositoryRoot;

    /// <summary>(SPDX expression or license text, why none) for the package installed at <paramref name="key"/>.</summary>
    public (string? License, string? Note) License(string key)
    {
        var relative = key.Length == 0 ? "package.json" : key + "/package.json";
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return (null, $"{lockfilePath} does not record it and {relative} is not installed; run npm ci before the gate so it can be read");
        }

        var (bytes, unreadable) = UserFiles.ReadBytes(path, relative);
        if (bytes is null)
        {
            return (null, $"{lockfilePath} does not record it and {unreadable}");
        }

        try
        {
            using var manifest = JsonDocument.Parse(bytes);
            var root = manifest.RootElement;
            return Declared(root) is { } license ? (license, null) : (null, $"{relative} declares no license");
        }
        catch (JsonException)
        {
            return (null, $"{lockfilePath} does not record it and {relative} is not valid JSON");
        }
    }

    /// <summary><c>"license": "MIT"</c>, the legacy <c>{"type": "MIT"}</c>, or legacy <c>"licenses": [{"type": ...}]</c> (either of them).</summary>
    private static string? Declared(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("license", out var license))
        {
            return license.ValueKind == JsonValueKind.String ? license.GetString() : license.Str("type");
        }

        if (root.TryGetProperty("licenses", out var licenses) && licenses.ValueKind == JsonValueKind.Array)
        {
            var types = licenses.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : l.Str("type")).OfType<string>().ToList();
            return types.Count switch { 0 => null, 1 => types[0], _ => "(" + string.Join(" OR ", types) + ")" };
        }

        return null;
    }
}
