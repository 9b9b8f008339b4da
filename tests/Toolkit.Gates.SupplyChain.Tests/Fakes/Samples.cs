using System.Globalization;
using System.Text;

namespace Toolkit.Gates.SupplyChain.Tests.Fakes;

/// <summary>Realistic lockfiles, OSV records and keys written the way the real tools write them.</summary>
internal static class Samples
{
    /// <summary>A NuGet packages.lock.json for net10.0 with the given (name, version, type, dependencies).</summary>
    public static string PackagesLock(params (string Name, string Version, string Type, string[] Deps)[] packages)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net10.0\": {\n");
        for (var i = 0; i < packages.Length; i++)
        {
            var (name, version, type, deps) = packages[i];
            text.Append(CultureInfo.InvariantCulture, $"      \"{name}\": {{\n        \"type\": \"{type}\",\n");
            if (type == "Direct")
            {
                text.Append(CultureInfo.InvariantCulture, $"        \"requested\": \"[{version}, )\",\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"        \"resolved\": \"{version}\",\n        \"contentHash\": \"{Convert.ToBase64String(Encoding.UTF8.GetBytes(name + version).Concat(new byte[64]).Take(64).ToArray())}\"");
            if (deps.Length > 0)
            {
                text.Append(",\n        \"dependencies\": {\n");
                text.Append(string.Join(",\n", deps.Select(d => $"          \"{d.Split('@')[0]}\": \"{d.Split('@')[1]}\"")));
                text.Append("\n        }");
            }

            text.Append(i == packages.Length - 1 ? "\n      }\n" : "\n      },\n");
        }

        text.Append("    }\n  }\n}\n");
        return text.ToString();
    }

    /// <summary>An npm v3 package-lock.json; each package is (path under packages, version, license, dev, deps).</summary>
    public static string NpmLock(string name, IReadOnlyDictionary<string, string> rootDeps, params (string Path, string Version, string? License, bool Dev, string[] Deps)[] packages)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{{\n  \"name\": \"{name}\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {{\n");
        text.Append(CultureInfo.InvariantCulture, $"    \"\": {{\n      \"name\": \"{name}\",\n      \"version\": \"1.0.0\",\n      \"dependencies\": {{\n");
        text.Append(string.Join(",\n", rootDeps.Select(d => $"        \"{d.Key}\": \"{d.Value}\"")));
        text.Append("\n      }\n    }");
        foreach (var (path, version, license, dev, deps) in packages)
        {
            var packageName = path[(path.LastIndexOf("node_modules/", StringComparison.Ordinal) + "node_modules/".Length)..];
            var integrity = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes(path + version)));
            text.Append(CultureInfo.InvariantCulture, $",\n    \"{path}\": {{\n      \"version\": \"{version}\",\n      \"resolved\": \"https://registry.npmjs.org/{packageName}/-/{packageName.Split('/')[^1]}-{version}.tgz\",\n      \"integrity\": \"sha512-{integrity}\"");
            if (dev)
            {
                text.Append(",\n      \"dev\": true");
            }

            if (license is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $",\n      \"license\": \"{license}\"");
            }

            if (deps.Length > 0)
            {
                text.Append(",\n      \"dependencies\": {\n");
                text.Append(string.Join(",\n", deps.Select(d => $"        \"{d}\": \"*\"")));
                text.Append("\n      }");
            }

            text.Append("\n    }");
        }

        text.Append("\n  }\n}\n");
        return text.ToString();
    }

    /// <summary>An OSV record affecting one package in an ECOSYSTEM range; <paramref name="cvssV4"/> is listed after <paramref name="cvss"/> (v3).</summary>
    public static string Osv(string id, string ecosystem, string package, string introduced, string? fixedIn, string? cvss = null, string[]? aliases = null, string? dbSeverity = null, string? cvssV4 = null, string modified = "2026-01-01T00:00:00Z")
    {
        var events = fixedIn is null ? $"{{\"introduced\": \"{introduced}\"}}" : $"{{\"introduced\": \"{introduced}\"}}, {{\"fixed\": \"{fixedIn}\"}}";
        var vectors = new List<string>();
        if (cvss is not null)
        {
            vectors.Add($"{{\"type\": \"CVSS_V3\", \"score\": \"{cvss}\"}}");
        }

        if (cvssV4 is not null)
        {
            vectors.Add($"{{\"type\": \"CVSS_V4\", \"score\": \"{cvssV4}\"}}");
        }

        var severity = vectors.Count == 0 ? string.Empty : $"\"severity\": [{string.Join(", ", vectors)}],";
        var db = dbSeverity is null ? string.Empty : $",\"database_specific\": {{\"severity\": \"{dbSeverity}\"}}";
        return $$"""
        {
          "schema_version": "1.6.0",
          "id": "{{id}}",
          "modified": "{{modified}}",
          "aliases": [{{string.Join(", ", (aliases ?? []).Select(a => $"\"{a}\""))}}],
          "summary": "Remote code execution in {{package}}",
          {{severity}}
          "affected": [{
            "package": {"ecosystem": "{{ecosystem}}", "name": "{{package}}"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{{events}}]}]
          }]{{db}}
        }
        """;
    }

    public const string Critical = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    public const string Moderate = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N";

    /// <summary>CVSS v4.0, 7.7 (high) in the FIRST calculator.</summary>
    public const string HighV4 = "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
}
