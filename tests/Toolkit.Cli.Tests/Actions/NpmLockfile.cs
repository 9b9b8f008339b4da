using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>A package-lock.json (lockfile v3) as npm writes it, for MIT-licensed top-level packages.</summary>
internal static class NpmLockfile
{
    public static string Of(params (string Name, string Version)[] packages)
    {
        var text = new StringBuilder("{\n  \"name\": \"app\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
        text.Append("    \"\": {\n      \"name\": \"app\",\n      \"version\": \"1.0.0\",\n      \"dependencies\": {\n");
        text.Append(string.Join(",\n", packages.Select(p => $"        \"{p.Name}\": \"^{p.Version}\"")));
        text.Append("\n      }\n    }");
        foreach (var (name, version) in packages)
        {
            var integrity = Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(name + version)));
            text.Append(CultureInfo.InvariantCulture, $",\n    \"node_modules/{name}\": {{\n      \"version\": \"{version}\",\n      \"resolved\": \"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz\",\n      \"integrity\": \"sha512-{integrity}\",\n      \"license\": \"MIT\"\n    }}");
        }

        return text.Append("\n  }\n}\n").ToString();
    }
}
