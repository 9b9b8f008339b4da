using System.Text;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>
/// Every real lockfile of the corpus gives the packages a plain reading of it gives. Each expected number was counted
/// apart from the gate, with the command in the comment (run in ../shared/corpus/supply/lockfiles).
/// </summary>
public sealed class CorpusLockfileTests
{
    public static TheoryData<string, int, int> Lockfiles => new()
    {
        // grep -c '^source = ' Cargo.lock (crates with a registry/git source; 41 sourceless packages are the workspace);
        // direct: the sourced crates named in the workspace members' dependencies (tomllib one-liner over [[package]])
        { "LemmyNet+lemmy/Cargo.lock", 792, 102 },
        // awk '/^require \(/{b=1;next} b&&/^\)/{b=0} b&&NF>=2{n++} /^require [^(]/{n++} END{print n}' go.mod
        // direct: grep -E '^\s+\S+ v\S+' go.mod | grep -vc indirect
        { "cli+cli/go.mod", 158, 47 },
        // python3 -c "import tomllib;print(len([p for p in tomllib.load(open('uv.lock','rb'))['package'] if 'registry' in p['source']]))"
        // direct: the names in the virtual root's dependencies and dev-dependencies groups
        { "ente-io+ente/infra/ml/uv.lock", 95, 22 },
        // grep -c '^\[\[package\]\]' poetry.lock
        { "openmeterio+openmeter/api/client/python/poetry.lock", 28, 0 },
        // python3 -c "import yaml;print(len(yaml.safe_load(open('pnpm-lock.yaml'))['packages']))"
        // direct: distinct name@version (peers stripped, link: left out) under every importer's (dev/optional)dependencies
        { "rust-lang+crates.io/pnpm-lock.yaml", 915, 76 },
        // awk '/^(GEM|GIT)$/{s=1;next} /^[A-Z]/{s=0} s&&/^    [^ ]/{v=$2; sub(/-.*/,"",v); print $1, v}' Gemfile.lock | sort -u | wc -l
        // direct: awk '/^DEPENDENCIES/{s=1;next} /^[A-Z]/{s=0} s&&NF' Gemfile.lock | wc -l
        // (tzinfo, tzinfo-data and wdm are not resolved for this platform: 13 of the 16 are locked)
        { "google+osv-scanner/docs/Gemfile.lock", 51, 13 },
        // grep -c '^[^ #].*:$' yarn.lock (entries; each resolves one name@version); no package.json beside it: none direct
        { "OpenSLO+OpenSLO/yarn.lock", 168, 0 },
    };

    public static TheoryData<string, int> NpmLockfiles => new()
    {
        // jq '[.packages | to_entries[] | select(.key != "") | select(.value.link | not) | select(.value.version) | "\(.value.name // (.key | sub(".*node_modules/"; "")))@\(.value.version)"] | unique | length' package-lock.json
        // (distinct name@version: repeated node_modules copies are one package; the workspace members' own entries, keys
        // without node_modules/, count too since h17b's npm reader lists them as components). opentelemetry-js was 1435
        // before that merge: the 56 more are exactly its 56 workspace members (56 link entries, 56 versioned member
        // entries, no name@version shared with a registry package), matching cdxgen's 1491 in NpmCdxgenCorpusTests.
        // The other three lockfiles have no workspaces, so their numbers are unchanged.
        // The npm reader itself (direct marks, workspaces) is covered in NpmLockReaderTests.
        { "open-telemetry+opentelemetry-js/package-lock.json", 1491 },
        { "goharbor+harbor/src/portal/package-lock.json", 1286 },
        { "GoogleCloudPlatform+microservices-demo/src/currencyservice/package-lock.json", 273 },
        { "GoogleCloudPlatform+microservices-demo/src/paymentservice/package-lock.json", 209 },
    };

    [Theory]
    [MemberData(nameof(NpmLockfiles))]
    public void Each_corpus_npm_lockfile_yields_its_distinct_installed_packages(string path, int packages)
    {
        Assert.Equal(packages, CorpusLockfiles.Read(path).Components.Count);
    }

    [Theory]
    [MemberData(nameof(Lockfiles))]
    public void Each_corpus_lockfile_yields_the_packages_a_plain_reading_gives(string path, int packages, int direct)
    {
        // Given a real lockfile
        // When it is read
        var lockfile = CorpusLockfiles.Read(path);

        // Then every package is there, once
        Assert.Equal(packages, lockfile.Components.Count);
        Assert.Equal(direct, lockfile.Components.Count(c => c.Direct));
        Assert.Equal(lockfile.Components.Count, lockfile.Components.Select(c => c.Purl).Distinct().Count());
    }
}
