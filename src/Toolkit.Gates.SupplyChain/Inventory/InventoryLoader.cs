using Toolkit.Core.IO;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Loads a <see cref="DependencyInventory"/> from the working tree or from a git commit.</summary>
internal sealed class InventoryLoader(NuspecLicenses licenses)
{
    /// <summary>Reads every lockfile found under <paramref name="repositoryRoot"/>.</summary>
    /// <exception cref="LockfileException">A lockfile cannot be parsed (carries file and line).</exception>
    public DependencyInventory FromWorkingTree(string repositoryRoot)
    {
        var lockfiles = LockfileDiscovery.Find(repositoryRoot)
            .Select(path => LockfileDiscovery.Read(path, Read(repositoryRoot, path), licenses, repositoryRoot, ReadSibling(repositoryRoot, path)))
            .ToList();
        return new DependencyInventory(lockfiles);
    }

    /// <summary>Reads the lockfiles committed at <paramref name="gitRef"/> (<c>git ls-tree</c> + <c>git show ref:path</c>).</summary>
    /// <exception cref="GitException">git failed, e.g. the ref does not exist.</exception>
    public async Task<DependencyInventory> FromCommitAsync(string repositoryRoot, string gitRef, CancellationToken cancellationToken)
    {
        var commit = Git.Resolve(repositoryRoot, gitRef);
        var listing = await Git.RunAsync(repositoryRoot, ["ls-tree", "-r", "--name-only", commit], cancellationToken).ConfigureAwait(false);
        var paths = LockfileDiscovery.Select(listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var lockfiles = new List<Lockfile>();
        foreach (var path in paths)
        {
            var text = await Git.RunAsync(repositoryRoot, ["show", $"{commit}:{path}"], cancellationToken).ConfigureAwait(false);
            var sibling = Lockfiles.LockfileFormats.Sibling(path) is { } siblingPath && listing.Split('\n').Any(l => l.Trim() == siblingPath)
                ? await Git.RunAsync(repositoryRoot, ["show", $"{commit}:{siblingPath}"], cancellationToken).ConfigureAwait(false)
                : null;
            lockfiles.Add(LockfileDiscovery.Read(path, text, licenses, sibling));
        }

        return new DependencyInventory(lockfiles);
    }

    private static string? ReadSibling(string repositoryRoot, string path) =>
        Lockfiles.LockfileFormats.Sibling(path) is { } sibling && File.Exists(Path.Combine(repositoryRoot, sibling))
            ? Read(repositoryRoot, sibling)
            : null;

    /// <summary>A lockfile's text; one that cannot be read (a FIFO, a device, unreadable) is an error naming it.</summary>
    private static string Read(string repositoryRoot, string path)
    {
        var (text, problem) = UserFiles.ReadLooseText(Path.Combine(repositoryRoot, path), path);
        return text ?? throw new LockfileException(path, 0, problem!.ToString());
    }
}
