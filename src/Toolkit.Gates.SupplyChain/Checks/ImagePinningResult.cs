using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>A finding per image referenced by a mutable tag in the configured manifests (their count is <c>mutable_images</c>).</summary>
internal sealed record ImagePinningResult(IReadOnlyList<Finding> Findings);
