using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>Writes evidence files into the gate's evidence directory and records their paths and hashes.</summary>
internal sealed class EvidenceWriter(string evidenceDirectory, string outputDirectory)
{
    public List<EvidenceItem> Items { get; } = [];

    public void Json<T>(string name, T value, JsonTypeInfo<T> type) => Text(name, JsonSerializer.Serialize(value, type));

    public void Text(string name, string content)
    {
        var path = Path.Combine(evidenceDirectory, name);
        var bytes = Encoding.UTF8.GetBytes(content.EndsWith('\n') ? content : content + "\n");
        File.WriteAllBytes(path, bytes);
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        Items.Add(new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }
}
