using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Provenance;
using Toolkit.Gates.SupplyChain.Rules;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Image references in the configured manifests must be pinned by digest.</summary>
internal static class ImagePinningCheck
{
    public static ImagePinningResult Run(string repositoryRoot, IReadOnlyList<string> manifests)
    {
        var findings = new List<Finding>();
        foreach (var file in manifests.SelectMany(p => RepositoryGlob.Match(repositoryRoot, p)).Distinct(StringComparer.Ordinal))
        {
            foreach (var (location, image) in ImagePinning.Unpinned(file, UserFiles.ReadLooseTextOrThrow(Path.Combine(repositoryRoot, file), file)))
            {
                findings.Add(SupplyChainRules.ImageMutableTag.Report(Severity.Error, $"Image '{image}' is referenced by a mutable tag; pin it by digest ({image.Split('@')[0]}@sha256:...).", location));
            }
        }

        return new ImagePinningResult(findings);
    }
}
