using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Core.Signing;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>
/// Creates signed provenance: an in-toto Statement v1 with an SLSA provenance v1 predicate for each artifact, signed as a
/// DSSE envelope and written as <c>&lt;artifact&gt;.intoto.jsonl</c> (one JSON line), the file
/// <c>cosign verify-blob-attestation --key cosign.pub --signature &lt;artifact&gt;.intoto.jsonl &lt;artifact&gt;</c> accepts.
/// </summary>
internal static class Attestations
{
    public const string Extension = ".intoto.jsonl";

    /// <summary>The statement for artifacts (subjects by file name and SHA-256).</summary>
    public static InTotoStatement Statement(AttestationRequest request, IReadOnlyList<(string Name, string Sha256)> subjects)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(subjects);
        var dependencies = request.Dependencies
            .Select(c => new SlsaResourceDescriptor(c.Purl, c.Hashes.ToDictionary(h => h.Algorithm.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), h => h.Hex)))
            .ToList();
        return new InTotoStatement(
            subjects.Select(s => new InTotoSubject(s.Name, new Dictionary<string, string> { ["sha256"] = s.Sha256 })).ToList(),
            new SlsaProvenance(
                new SlsaBuildDefinition(request.BuildType, request.ExternalParameters, dependencies),
                new SlsaRunDetails(new SlsaBuilder(request.BuilderId), new SlsaMetadata(request.InvocationId, request.StartedOn))));
    }

    /// <summary>Signs one statement per artifact and writes it beside the artifact (or into <paramref name="outputDirectory"/>).</summary>
    /// <returns>The written attestation paths.</returns>
    public static IReadOnlyList<string> Write(AttestationRequest request, string? outputDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var signer = DsseSigner.FromPem(request.PrivateKeyPem);
        var written = new List<string>();
        foreach (var artifact in request.Artifacts)
        {
            var statement = Statement(request, [(Path.GetFileName(artifact), Sha256Of(artifact))]);
            var payload = JsonSerializer.SerializeToUtf8Bytes(statement, ProvenanceJsonContext.Default.InTotoStatement);
            var envelope = signer.Sign(DsseEnvelope.InTotoPayloadType, payload);
            var path = PathFor(artifact, outputDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);

            // Written whole or not at all: a temp file beside it, renamed when complete.
            var temp = path + ".tmp";
            File.WriteAllText(temp, DsseVerifier.Serialize(envelope) + "\n");
            File.Move(temp, path, overwrite: true);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Where the attestation of <paramref name="artifact"/> goes: beside it, or in <paramref name="outputDirectory"/>.</summary>
    public static string PathFor(string artifact, string? outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var directory = outputDirectory ?? Path.GetDirectoryName(Path.GetFullPath(artifact))!;
        return Path.Combine(directory, Path.GetFileName(artifact) + Extension);
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    /// <exception cref="UserFileException">The file is not a readable regular file (a FIFO would never end).</exception>
    public static string Sha256Of(string path)
    {
        using var stream = UserFiles.OpenReadOrThrow(path, path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The external parameters of a GitHub Actions run, from its environment variables.</summary>
    public static IReadOnlyDictionary<string, string> GitHubParameters(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, variable) in new[]
        {
            ("repository", "GITHUB_REPOSITORY"), ("ref", "GITHUB_REF"), ("sha", "GITHUB_SHA"), ("workflow", "GITHUB_WORKFLOW_REF"),
            ("event", "GITHUB_EVENT_NAME"), ("run_id", "GITHUB_RUN_ID"), ("run_attempt", "GITHUB_RUN_ATTEMPT"),
        })
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                parameters[key] = value;
            }
        }

        return parameters;
    }
}
