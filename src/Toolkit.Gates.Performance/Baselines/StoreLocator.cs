using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>Which history store the options name, for reading the trend and the base, and for recording.</summary>
internal static class StoreLocator
{
    /// <summary>
    /// The history store: <c>store</c> (a directory, or <c>branch:&lt;name&gt;[:&lt;folder&gt;]</c>), else the baseline
    /// when it is a branch or a directory. A branch value that names no branch opens no store.
    /// </summary>
    public static IBaselineStore? Open(RepositoryRelative files, PerformanceOptions options)
    {
        var value = options.Store
            ?? (GitBranchStore.IsBranchSpec(options.Baseline) || (options.Baseline is not null && Directory.Exists(files.Full(options.Baseline))) ? options.Baseline : null);
        if (value is null)
        {
            return null;
        }

        return GitBranchStore.IsBranchSpec(value) ? GitBranchStore.Parse(files.Root, value) : new BaselineStore(files.Full(value));
    }

    /// <summary>How reports name the store: a directory repository-relative.</summary>
    public static string Display(RepositoryRelative files, IBaselineStore store) =>
        store is BaselineStore directory ? files.Display(directory.Directory) : store.Display;
}
