using System.Xml;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.NuGet;

/// <summary>
/// Reads a classic <c>packages.config</c>: every <c>&lt;package id version&gt;</c> the project installs (it lists
/// dependencies of dependencies too, without saying which is which, and no graph or hashes);
/// <c>developmentDependency="true"</c> marks development packages.
/// </summary>
internal static class PackagesConfigReader
{
    private const string Fix = "fix the XML, or migrate to PackageReference with a packages.lock.json";

    public static Lockfile Read(string path, string text)
    {
        var builder = new LockfileBuilder(path, Ecosystem.NuGet);
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "package")
                {
                    continue;
                }

                var id = reader.GetAttribute("id");
                var version = reader.GetAttribute("version");
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(version))
                {
                    throw builder.Error(info.LineNumber, "a <package> lacks its 'id' or 'version' attribute", Fix);
                }

                builder.Add(id, version, info.LineNumber, new ComponentTraits
                {
                    Development = string.Equals(reader.GetAttribute("developmentDependency"), "true", StringComparison.OrdinalIgnoreCase),
                });
            }
        }
        catch (XmlException ex)
        {
            throw builder.Error(Math.Max(1, ex.LineNumber), $"not valid XML ({ex.Message})", Fix);
        }

        var directory = Path.GetFileName(Path.GetDirectoryName(path));
        return builder.Build(string.IsNullOrEmpty(directory) ? "(root)" : directory);
    }
}
