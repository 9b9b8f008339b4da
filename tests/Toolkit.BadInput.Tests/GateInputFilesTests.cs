using System.Diagnostics;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// Every gate's user inputs (issue 18: "a FIFO as any input hangs", "unreadable inputs are a toolkit bug",
/// "--config /dev/zero runs out of memory"): a FIFO, a directory where a file is expected, a never-ending device and a
/// file its user cannot read are each refused naming the file, never a hang, an out-of-memory, a crash or a pass.
/// </summary>
public sealed class GateInputFilesTests
{
    private const string Lock = """{"name":"web","lockfileVersion":3,"packages":{"":{"name":"web","dependencies":{"ms":"2"}},"node_modules/ms":{"version":"2.0.0","license":"MIT"}}}""";
    private const string Record = """{"id":"GHSA-ms","modified":"2026-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"ms"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"2.0.1"}]}]}]}""";
    private const string Bdn = """{"HostEnvironmentInfo":{"RuntimeVersion":".NET 10.0.0"},"Benchmarks":[{"FullName":"A.Parse","Statistics":{"Mean":1200}}]}""";
    private const string Dockerfile = "FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1\nUSER 1000\n";
    private const string Dr = "version: 1\ngates:\n  dr-freshness:\n    systems:\n      - name: orders-db\n        backup_timestamp: max(velero_backup_last_successful_timestamp)\n        rpo: 5m\n        rto: 30m\n    prometheus_url: http://127.0.0.1:9\n";

    private static readonly string[] All = [BrokenInput.Fifo, BrokenInput.Folder, BrokenInput.Device, BrokenInput.Unreadable];
    private static readonly string[] Discovered = [BrokenInput.Fifo, BrokenInput.Device, BrokenInput.Unreadable];

    // Walking a folder, policy-ci never follows links (nothing outside the repository is read); in a git work tree it
    // checks what git lists, links included, so that is where a link to /dev/zero reaches it. Git lists no FIFOs.
    private static readonly string[] WalkedByPolicy = [BrokenInput.Fifo, BrokenInput.Unreadable];
    private static readonly string[] ListedByGit = [BrokenInput.Device, BrokenInput.Unreadable];

    /// <summary>Each input: how the repository looks around it, the input that is broken, and the command that reads it.</summary>
    private static readonly Scenario[] Scenarios =
    [
        new("performance results (k6, BenchmarkDotNet, hyperfine, go bench)", [], "load/results.json", ["performance", "--results", "load/results.json"], All),
        new("performance baseline", [("bench/head.json", Bdn)], "perf/base.json", ["performance", "--results", "bench/head.json", "--baseline", "perf/base.json"], Discovered),
        new("slo golden paths", [], "slo/openslo.yaml", ["slo", "rules", "--golden-paths", "slo/openslo.yaml"], All),
        new("supply-chain lockfile", [(".github/gates.yml", "version: 1\ngates:\n  supply-chain:\n    osv_database: osv\n"), ("osv/GHSA-ms.json", Record)], "package-lock.json", ["supply-chain"], Discovered),
        new("supply-chain OSV all.zip", [(".github/gates.yml", "version: 1\ngates:\n  supply-chain:\n    osv_database: all.zip\n"), ("package-lock.json", Lock)], "all.zip", ["supply-chain"], Discovered),
        new("supply-chain OSV record", [(".github/gates.yml", "version: 1\ngates:\n  supply-chain:\n    osv_database: osv\n"), ("package-lock.json", Lock)], "osv/GHSA-ms.json", ["supply-chain"], Discovered),
        new("migration SQL", [("db/migrations/001_init.down.sql", "SELECT 1;\n")], "db/migrations/001_init.up.sql", ["migrations", "--database", "none"], Discovered),
        new("policy workflow", [("Dockerfile", Dockerfile)], ".github/workflows/ci.yml", ["policy", "--publish", "none"], WalkedByPolicy),
        new("policy Dockerfile", [(".github/workflows/ci.yml", "on: push\njobs: {}\n")], "Dockerfile", ["policy", "--publish", "none"], WalkedByPolicy),
        new("policy workflow in a git work tree", [("Dockerfile", Dockerfile)], ".github/workflows/ci.yml", ["policy", "--publish", "none"], ListedByGit) { GitWorkTree = true },
        new("policy manifest in a git work tree", [("Dockerfile", Dockerfile)], "deploy/web.yaml", ["policy", "--publish", "none"], ListedByGit) { GitWorkTree = true },
        new("policy custom rules", [("Dockerfile", Dockerfile)], "policy/rules.yml", ["policy", "--custom-rules", "policy/rules.yml", "--publish", "none"], All),
        new("policy image sizes", [("Dockerfile", Dockerfile)], "images.json", ["policy", "--pack", "images", "--pack", "dockerfile", "--image-sizes", "images.json", "--publish", "none"], All),
        new("dr drill record", [(".github/gates.yml", Dr)], "dr/restore.json", ["dr"], Discovered),
        new("gates.yml (settings, waivers)", [], ".github/gates.yml", ["config", "validate"], All),
        new("decide verdict", [], "artifacts/gates/policy-ci.verdict.json", ["decide", "--config", "/dev/null", "--require", "policy-ci"], Discovered),
    ];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var scenario in Scenarios)
        {
            foreach (var kind in scenario.Kinds)
            {
                cases.Add(scenario.Name, kind);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_input_is_refused_naming_the_file(string input, string kind)
    {
        // Given a repository whose input is a FIFO, a directory, /dev/zero or unreadable
        var scenario = Scenarios.Single(s => s.Name == input);
        using var gate = new GateProcess();
        foreach (var (file, content) in scenario.Files)
        {
            gate.WithFile(file, content);
        }

        var why = BrokenInput.Make(gate, scenario.Broken, kind);
        if (scenario.GitWorkTree)
        {
            using var git = Process.Start("git", ["-C", gate.Repo.Path, "init", "-q"]);
            await git.WaitForExitAsync();
            Assert.Equal(0, git.ExitCode);
        }

        // When the command reads it (a hang fails the test after GateProcess's limit)
        var result = await gate.RunAsync(scenario.Args);

        // Then it is not a pass, not a crash, and the file and what is wrong with it are named
        BrokenInput.AssertRefused(gate, result, scenario.Broken, why);
    }

    [Fact]
    public async Task A_drills_setting_that_names_a_file_is_an_error_not_zero_drills()
    {
        using var gate = new GateProcess().WithFile(".github/gates.yml", Dr + "    drills: dr/restore.json\n").WithFile("dr/restore.json", "[]\n");

        var result = await gate.RunAsync("dr");

        BrokenInput.AssertRefused(gate, result, "dr/restore.json", "'drills' names a folder");
    }

    private sealed record Scenario(string Name, (string File, string Content)[] Files, string Broken, string[] Args, string[] Kinds)
    {
        public bool GitWorkTree { get; init; }
    }
}
