using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Sbom;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>Writes the SBOMs, the diff and the report into the gate's evidence directory.</summary>
    private static void WriteEvidence(Evaluation state)
    {
        var directory = state.Context.EvidenceDirectory;
        foreach (var file in SbomFiles.Write(state.Head, Info(state), state.Options.SbomFormats, directory))
        {
            state.Evidence.Add(Evidence(state, file));
        }

        var diff = Path.Combine(directory, "sbom-diff.json");
        File.WriteAllBytes(diff, DiffJson(state.BaseRef, state.Changes));
        state.Evidence.Add(Evidence(state, diff));
        var report = Path.Combine(directory, "supply-chain-report.md");
        File.WriteAllText(report, SupplyChainReport.Render(state), new UTF8Encoding(false));
        state.Evidence.Add(Evidence(state, report));
    }

    private static EvidenceItem Evidence(Evaluation state, string file)
    {
        var outputDirectory = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(state.Context.EvidenceDirectory)) ?? state.Context.EvidenceDirectory;
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
