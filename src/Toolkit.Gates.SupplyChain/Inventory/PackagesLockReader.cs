namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Reads NuGet <c>packages.lock.json</c>: per framework, Direct / Transitive / CentralTransitive packages with their
/// resolved version, content hash (SHA-512, base64) and dependencies. Project references are not packages and are skipped.
/// </summary>
internal static class PackagesLockReader
{
    public static Lockfile Read(string relativePath, string text, NuspecLicenses licenses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(licenses);
        using var document = JsonLockfile.Parse(relativePath, text);
        var lines = new LineIndex(text);
        var frameworks = document.RootElement.Obj("dependencies")
            ?? throw new LockfileException(relativePath, 1, $"{relativePath}: no 'dependencies' object; this is not a NuGet packages.lock.json. Run dotnet restore --use-lock-file.");
        var byPurl = new Dictionary<string, Component>(StringComparer.Ordinal);
        foreach (var framework in frameworks.EnumerateObject())
        {
            var frameworkOffset = Math.Max(0, lines.OffsetOf(framework.Name));
            var resolved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var package in framework.Value.EnumerateObject())
            {
                if (package.Value.Str("type") is not "Project" && package.Value.Str("resolved") is { } v)
                {
                    resolved[package.Name] = v;
                }
            }

            foreach (var package in framework.Value.EnumerateObject())
            {
                var type = package.Value.Str("type");
                if (type == "Project" || !resolved.TryGetValue(package.Name, out var version))
                {
                    continue;
                }

                var dependsOn = package.Value.Obj("dependencies") is { } deps
                    ? deps.EnumerateObject().Where(d => resolved.ContainsKey(d.Name)).Select(d => Purls.For(Ecosystem.NuGet, d.Name, resolved[d.Name])).Order(StringComparer.Ordinal).ToList()
                    : [];
                var purl = Purls.For(Ecosystem.NuGet, package.Name, version);
                if (byPurl.TryGetValue(purl, out var existing))
                {
                    byPurl[purl] = existing with { Direct = existing.Direct || type == "Direct", DependsOn = existing.DependsOn.Union(dependsOn).Order(StringComparer.Ordinal).ToList() };
                    continue;
                }

                var (line, column) = lines.Of(package.Name, frameworkOffset);
                var (expression, url, note) = licenses.Find(package.Name, version);
                var hash = package.Value.Str("contentHash") is { } sha ? ComponentHash.FromBase64("SHA-512", sha) : null;
                byPurl[purl] = new Component(Ecosystem.NuGet, package.Name, version, type == "Direct", false, new ComponentLocation(relativePath, line, column))
                {
                    Hashes = hash is null ? [] : [hash],
                    License = expression,
                    LicenseUrl = url,
                    LicenseNote = note,
                    DependsOn = dependsOn,
                };
            }
        }

        var project = Path.GetFileName(Path.GetDirectoryName(relativePath)) is { Length: > 0 } dir ? dir : "(root)";
        return new Lockfile(relativePath, project, byPurl.Values.ToList());
    }
}
