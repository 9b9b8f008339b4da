using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Files;
using Toolkit.Gates.Policy.Kubernetes;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Lists the repository's files honouring .gitignore, selects those the run covers and checks them in parallel.</summary>
internal static class FileScan
{
    public static async Task<FileScanResult> RunAsync(string root, PolicyOptions options, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, CancellationToken cancellationToken)
    {
        var files = FileSelection.Select(await RepositoryFiles.ListAsync(root, cancellationToken).ConfigureAwait(false), options);
        var check = new FileCheck(options, disabled, custom, SkaffoldImages.Read(root));
        // One slot per file, so findings come out in file order however the parallel checks interleave (a bag
        // gave a different order each run).
        var results = new FileResult?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, index =>
            results[index] = check.Run(root, files[index]));

        return new FileScanResult(results.OfType<FileResult>().ToList(), UncheckedPaths.Find(root, options, files, results));
    }
}
