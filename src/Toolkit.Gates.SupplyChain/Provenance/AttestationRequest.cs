using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>What <c>gate attest</c> signs.</summary>
/// <param name="Artifacts">Absolute paths of the files to attest.</param>
/// <param name="PrivateKeyPem">ECDSA P-256 private key (PEM).</param>
/// <param name="BuilderId">The builder identity, e.g. the workflow URL.</param>
/// <param name="ExternalParameters">The run's parameters (repository, ref, sha, workflow, run id).</param>
/// <param name="Dependencies">The SBOM's components, recorded as resolved dependencies.</param>
/// <param name="StartedOn">When the build started.</param>
internal sealed record AttestationRequest(
    IReadOnlyList<string> Artifacts,
    string PrivateKeyPem,
    string BuilderId,
    IReadOnlyDictionary<string, string> ExternalParameters,
    IReadOnlyList<Component> Dependencies,
    DateTimeOffset StartedOn)
{
    /// <summary>The SLSA build type URI.</summary>
    public string BuildType { get; init; } = "https://toolkit.dev/gate/attest/v1";

    /// <summary>The invocation id (run URL).</summary>
    public string InvocationId { get; init; } = string.Empty;
}
