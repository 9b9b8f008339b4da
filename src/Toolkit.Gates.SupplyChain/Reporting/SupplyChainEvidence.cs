using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Provenance;
using Toolkit.Gates.SupplyChain.Sbom;

namespace Toolkit.Gates.SupplyChain.Reporting;

/// <summary>
/// The gate's evidence in its evidence directory: a copy of each verified attestation (<c>attestations/</c>), the
/// SBOMs, the diff (<c>sbom-diff.json</c>) and the report (<c>supply-chain-report.md</c>).
/// </summary>
internal static class SupplyChainEvidence
{
    public static IReadOnlyList<EvidenceItem> Write(GateContext context, SupplyChainOptions options, SupplyChainResults results)
    {
        var directory = context.EvidenceDirectory;
        var items = new List<EvidenceItem>();
        var attestations = Path.Combine(directory, "attestations");
        foreach (var verified in results.Attestations.Artifacts.Where(a => a.Status == AttestationStatus.Verified))
        {
            Directory.CreateDirectory(attestations);
            var copy = Path.Combine(attestations, Path.GetFileName(verified.AttestationPath!));
            File.Copy(verified.AttestationPath!, copy, overwrite: true);
            items.Add(Item(directory, copy));
        }

        var info = new SbomInfo(Path.GetFileName(Path.TrimEndingDirectorySeparator(context.RepositoryRoot)), context.Clock.GetUtcNow(), ToolkitInfo.Version);
        foreach (var file in SbomFiles.Write(results.Inventory.Head, info, options.SbomFormats, directory))
        {
            items.Add(Item(directory, file));
        }

        var diff = Path.Combine(directory, "sbom-diff.json");
        File.WriteAllBytes(diff, DiffJson(results.Inventory.BaseRef, results.Inventory.Changes));
        items.Add(Item(directory, diff));
        var report = Path.Combine(directory, "supply-chain-report.md");
        File.WriteAllText(report, SupplyChainReport.Render(results), new UTF8Encoding(false));
        items.Add(Item(directory, report));
        return items;
    }

    private static EvidenceItem Item(string evidenceDirectory, string file)
    {
        var outputDirectory = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(evidenceDirectory)) ?? evidenceDirectory;
        using var stream = File.OpenRead(file);
        return new EvidenceItem(Path.GetRelativePath(outputDirectory, file).Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    /// <summary>The diff as JSON: <c>{"base": ref, "changes": [{kind, ecosystem, name, purl, base, head}]}</c>.</summary>
    internal static byte[] DiffJson(string? baseRef, IReadOnlyList<ComponentChange> changes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (baseRef is null)
            {
                json.WriteNull("base");
            }
            else
            {
                json.WriteString("base", baseRef);
            }

            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("ecosystem", Vulnerabilities.OsvEcosystems.Name(change.Ecosystem));
                json.WriteString("name", change.Name);
                json.WriteString("purl", change.Key);
                json.WriteString("base", change.BaseVersion);
                json.WriteString("head", change.HeadVersion);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
