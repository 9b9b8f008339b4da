// Supply-chain gate benchmark (issue 4): generates a 2,000-package npm lockfile and an OSV all.zip of 100,000
// advisories, then prints how long the SBOM and the matching take and the peak memory.
// Run: dotnet run -c Release --project bench/supply [-- packages advisories]
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

var packages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
var advisories = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var work = Path.Combine(Path.GetTempPath(), "toolkit-bench-supply-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(work);
try
{
    var lockPath = Path.Combine(work, "package-lock.json");
    var zipPath = Path.Combine(work, "all.zip");
    var generate = Stopwatch.StartNew();
    File.WriteAllText(lockPath, Inputs.NpmLock(packages));
    Inputs.OsvZip(zipPath, advisories, packages);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {packages} packages ({new FileInfo(lockPath).Length / 1024} KiB lockfile), {advisories} advisories ({new FileInfo(zipPath).Length / 1024 / 1024} MiB all.zip), generated in {generate.ElapsedMilliseconds} ms"));

    // Warm-up on a small input so JIT time is not counted as the gate's work.
    var warm = NpmLockReader.Read("package-lock.json", Inputs.NpmLock(10));
    _ = CycloneDxWriter.Write(new DependencyInventory([warm]), new SbomInfo("warm", DateTimeOffset.UtcNow, "bench"));

    using var self = Process.GetCurrentProcess();
    var cpu0 = self.TotalProcessorTime;
    var sbom = Stopwatch.StartNew();
    var lockfile = NpmLockReader.Read("package-lock.json", File.ReadAllText(lockPath));
    var inventory = new DependencyInventory([lockfile]);
    var cdx = CycloneDxWriter.Write(inventory, new SbomInfo("bench", DateTimeOffset.UtcNow, "bench"));
    var spdx = SpdxWriter.Write(inventory, new SbomInfo("bench", DateTimeOffset.UtcNow, "bench"));
    sbom.Stop();
    self.Refresh();
    var sbomCpu = self.TotalProcessorTime - cpu0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sbom: {inventory.Components.Count} components -> CycloneDX {cdx.Length / 1024} KiB + SPDX {spdx.Length / 1024} KiB in {sbom.Elapsed.TotalMilliseconds:0} ms wall, {sbomCpu.TotalMilliseconds:0} ms CPU"));

    GC.Collect();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    self.Refresh();
    var cpu1 = self.TotalProcessorTime;
    var match = Stopwatch.StartNew();
    var database = OsvDatabase.Load(zipPath, inventory.Components);
    var matches = inventory.Components.SelectMany(database.Match).ToList();
    match.Stop();
    self.Refresh();
    var matchCpu = self.TotalProcessorTime - cpu1;
    var managed = GC.GetTotalMemory(forceFullCollection: false) - before;
    var process = self;
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"match: {database.Scanned} advisories scanned, {database.Kept} kept, {matches.Count} matches over {inventory.Components.Count} components in {match.Elapsed.TotalMilliseconds:0} ms wall, {matchCpu.TotalMilliseconds:0} ms CPU"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory: peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB, managed heap growth during matching {managed / 1024 / 1024} MiB"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average while measuring: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores (wall times include waiting for a core; CPU times do not)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"targets: sbom < 1000 ms {(sbom.ElapsedMilliseconds < 1000 ? "met" : "MISSED")}; match < 2000 ms {(match.ElapsedMilliseconds < 2000 ? "met" : "MISSED")}; memory < 300 MiB {(process.PeakWorkingSet64 < 300L * 1024 * 1024 ? "met" : "MISSED")}"));
}
finally
{
    Directory.Delete(work, recursive: true);
}

/// <summary>Generated inputs shaped like the real ones.</summary>
internal static class Inputs
{
    public static string NpmLock(int count)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"name\": \"bench\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n    \"\": {\n      \"name\": \"bench\",\n      \"version\": \"1.0.0\",\n      \"dependencies\": {\n");
        text.Append(string.Join(",\n", Enumerable.Range(0, Math.Min(count, 50)).Select(i => $"        \"pkg-{i}\": \"^1.0.0\"")));
        text.Append("\n      }\n    }");
        for (var i = 0; i < count; i++)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes("pkg-" + i)));
            text.Append(CultureInfo.InvariantCulture, $",\n    \"node_modules/pkg-{i}\": {{\n      \"version\": \"1.{i % 7}.{i % 13}\",\n      \"resolved\": \"https://registry.npmjs.org/pkg-{i}/-/pkg-{i}-1.{i % 7}.{i % 13}.tgz\",\n      \"integrity\": \"sha512-{hash}\",\n      \"license\": \"MIT\"");
            if (i + 1 < count)
            {
                text.Append(CultureInfo.InvariantCulture, $",\n      \"dependencies\": {{\n        \"pkg-{i + 1}\": \"^1.0.0\"\n      }}");
            }

            text.Append("\n    }");
        }

        text.Append("\n  }\n}\n");
        return text.ToString();
    }

    /// <summary>Advisories spread over 50,000 package names, two per name, so 2,000 components meet about 4,000 of them.</summary>
    public static void OsvZip(string path, int count, int packages)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        for (var i = 0; i < count; i++)
        {
            var name = "pkg-" + (i % Math.Max(packages * 25, 1)).ToString(CultureInfo.InvariantCulture);
            var id = "GHSA-bench-" + i.ToString("D6", CultureInfo.InvariantCulture);
            var json = $$$"""
                {"schema_version":"1.6.0","id":"{{{id}}}","modified":"2026-01-01T00:00:00Z","aliases":["CVE-2026-{{{i}}}"],
                 "summary":"Generated advisory {{{i}}}","severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:{{{(i % 2 == 0 ? "H" : "N")}}}/A:N"}],
                 "affected":[{"package":{"ecosystem":"npm","name":"{{{name}}}","purl":"pkg:npm/{{{name}}}"},
                   "ranges":[{"type":"SEMVER","events":[{"introduced":"1.{{{i % 5}}}.0"},{"fixed":"1.{{{i % 5}}}.9"}]}],
                   "versions":["1.{{{i % 5}}}.0","1.{{{i % 5}}}.1"],"database_specific":{"severity":"HIGH"}}]}
                """;
            var entry = zip.CreateEntry(id + ".json", CompressionLevel.Fastest);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes(json));
        }
    }
}
