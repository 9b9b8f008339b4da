using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests.Inventory;

public sealed class BaseDiffTests
{
    [Fact]
    public async Task Lockfiles_at_the_base_commit_are_diffed_by_package_identity()
    {
        // Given a base commit and a working tree that upgrades, downgrades, adds and removes packages
        using var repo = new GitRepository();
        repo.Write("src/Api/packages.lock.json", Samples.PackagesLock(("Serilog", "3.1.1", "Direct", []), ("Polly", "8.2.0", "Direct", []), ("Dapper", "2.1.0", "Direct", [])));
        repo.Write("web/package-lock.json", Samples.NpmLock("web", new Dictionary<string, string> { ["@scope/ui"] = "*" }, ("node_modules/@scope/ui", "2.0.0", "MIT", false, [])));
        repo.Commit("base");
        repo.Write("src/Api/packages.lock.json", Samples.PackagesLock(("Serilog", "4.0.0", "Direct", []), ("Polly", "8.1.0", "Direct", []), ("Acme.Json", "1.0.0", "Direct", [])));
        repo.Write("web/package-lock.json", Samples.NpmLock("web", new Dictionary<string, string> { ["@scope/ui"] = "*" }, ("node_modules/@scope/ui", "10.0.0-beta.1", "MIT", false, [])));
        var loader = new InventoryLoader(new NuspecLicenses([]));

        // When the base is read with git and compared with the working tree
        var baseline = await loader.FromCommitAsync(repo.Path, "HEAD", CancellationToken.None);
        var changes = SbomDiff.Compare(baseline, loader.FromWorkingTree(repo.Path));

        // Then each change is classified by version order of its ecosystem, sorted by purl
        Assert.Equal(
            [
                (ChangeKind.Upgraded, "@scope/ui", "2.0.0", "10.0.0-beta.1"),
                (ChangeKind.Added, "Acme.Json", null, "1.0.0"),
                (ChangeKind.Removed, "Dapper", "2.1.0", null),
                (ChangeKind.Downgraded, "Polly", "8.2.0", "8.1.0"),
                (ChangeKind.Upgraded, "Serilog", "3.1.1", "4.0.0"),
            ],
            changes.Select(c => (c.Kind, c.Name, c.BaseVersion, c.HeadVersion)).ToList());
    }

    [Fact]
    public async Task Assets_files_under_obj_are_not_committed_so_the_base_reads_only_committed_lockfiles()
    {
        // Given a base commit whose only lockfile is in an ignored obj/ folder
        using var repo = new GitRepository();
        repo.Write(".gitignore", "obj/\n");
        repo.Write("package-lock.json", Samples.NpmLock("root", new Dictionary<string, string> { ["ms"] = "*" }, ("node_modules/ms", "2.1.3", "MIT", false, [])));
        repo.Commit("base");
        repo.Write("src/App/obj/project.assets.json", "{\"version\": 3, \"libraries\": {}, \"targets\": {}}");

        // When the base is read
        var baseline = await new InventoryLoader(new NuspecLicenses([])).FromCommitAsync(repo.Path, "HEAD", CancellationToken.None);
        var head = new InventoryLoader(new NuspecLicenses([])).FromWorkingTree(repo.Path);

        // Then the base has the committed npm lockfile; the head also finds the restore output
        Assert.Equal(["package-lock.json"], baseline.Lockfiles.Select(l => l.Path));
        Assert.Equal(["package-lock.json", "src/App/obj/project.assets.json"], head.Lockfiles.Select(l => l.Path).Order(StringComparer.Ordinal));
    }
}
