using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Toolkit.BadInput.Tests;

/// <summary>The supply-chain gate and its commands under bad input: errors naming file and entry, never a pass or a crash.</summary>
public sealed class SupplyChainBadInputTests
{
    private const string Lock = """
        {
          "name": "web",
          "lockfileVersion": 3,
          "packages": {
            "": { "name": "web", "dependencies": { "ms": "2" } },
            "node_modules/ms": { "version": "2.0.0", "license": "MIT" }
          }
        }
        """;

    private const string Record = """
        {"id": "GHSA-ms", "modified": "2026-01-01T00:00:00Z", "summary": "ReDoS in ms",
         "affected": [{"package": {"ecosystem": "npm", "name": "ms"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "2.0.1"}]}]}]}
        """;

    private static GateProcess Repository(string database = "osv_database: osv") => new GateProcess()
        .WithFile("package-lock.json", Lock)
        .WithFile(".github/gates.yml", $"version: 1\ngates:\n  supply-chain:\n    {database}\n");

    [Theory]
    [InlineData("[" + Record + "]", "$ is a JSON array")]
    [InlineData("{\"id\": [\"GHSA-ms\"], \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"ms\"}}]}", "$.id is a JSON array")]
    public async Task An_osv_record_of_the_wrong_shape_fails_the_gate_naming_the_file(string record, string why)
    {
        using var gate = Repository().WithFile("osv/GHSA-ms.json", record);

        var result = await gate.RunAsync("supply-chain");

        result.AssertNotPass();
        Assert.Contains("GHSA-ms.json", Verdict(gate), StringComparison.Ordinal);
        Assert.Contains(why, Verdict(gate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_osv_directory_or_all_zip_fails_the_gate()
    {
        using var folder = Repository();
        Directory.CreateDirectory(folder.Repo.Combine("osv"));
        using var zip = Repository("osv_database: all.zip");
        using (ZipFile.Open(zip.Repo.Combine("all.zip"), ZipArchiveMode.Create))
        {
        }

        var fromFolder = await folder.RunAsync("supply-chain");
        var fromZip = await zip.RunAsync("supply-chain");

        fromFolder.AssertNotPass();
        fromZip.AssertNotPass();
        Assert.Contains("holds no OSV records", Verdict(folder), StringComparison.Ordinal);
        Assert.Contains("holds no OSV records", Verdict(zip), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_osv_zip_bomb_fails_the_gate_without_inflating_it()
    {
        using var gate = Repository("osv_database: all.zip");
        using (var zip = ZipFile.Open(gate.Repo.Combine("all.zip"), ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("GHSA-bomb.json", CompressionLevel.SmallestSize).Open();
            var spaces = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var i = 0; i < 40; i++)
            {
                entry.Write(spaces);
            }
        }

        var result = await gate.RunAsync("supply-chain");

        result.AssertNotPass();
        Assert.Contains("refused to read the archive", Verdict(gate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_osv_api_port_fails_fast_instead_of_retrying_for_the_budget()
    {
        using var gate = Repository("osv_api: true");

        var started = DateTime.UtcNow;
        var result = await gate.RunAsync("supply-chain", "--osv-api-url", ClosedUrl());

        result.AssertNotPass();
        Assert.Contains("is unreachable (nothing answered 3 attempts", Verdict(gate), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "took " + (DateTime.UtcNow - started));
    }

    [Theory]
    [InlineData("null", "package-lock.json:1: the lockfile is JSON null")]
    [InlineData("{\"lockfileVersion\": 3, \"packages\": {\n\"node_modules/ms\": {\"version\": 2}}}", "package-lock.json:2: package 'node_modules/ms' has no version string")]
    public async Task A_lockfile_that_cannot_be_read_fails_the_gate_naming_file_and_line(string lockfile, string message)
    {
        using var gate = Repository().WithFile("package-lock.json", lockfile).WithFile("osv/GHSA-ms.json", Record);

        var result = await gate.RunAsync("supply-chain");

        result.AssertNotPass();
        Assert.Contains(message, Verdict(gate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sbom_out_naming_a_file_writes_that_file_for_one_format_and_is_an_input_error_otherwise()
    {
        using var gate = Repository().WithFile("notes.txt", "keep me");

        var existing = await gate.RunAsync("sbom", "--out", "notes.txt");
        var twoFormats = await gate.RunAsync("sbom", "--out", "bom.json");
        var oneFormat = await gate.RunAsync("sbom", "--out", "bom.json", "--sbom-format", "cyclonedx");

        existing.AssertInputError("--out 'notes.txt' is");
        Assert.Equal("keep me", File.ReadAllText(gate.Repo.Combine("notes.txt")));
        twoFormats.AssertInputError("but 2 formats are asked for");
        oneFormat.AssertNoCrash();
        Assert.Equal(0, oneFormat.ExitCode);
        Assert.Contains("\"bomFormat\": \"CycloneDX\"", File.ReadAllText(gate.Repo.Combine("bom.json")), StringComparison.Ordinal);
        Assert.DoesNotContain(gate.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attest_refuses_a_file_as_out_and_never_overwrites_silently()
    {
        var (privatePem, _) = Toolkit.Testing.Keys.P256();
        using var gate = Repository().WithFile("dist/app.tgz", "artifact").WithFile("release.pem", privatePem).WithFile("notes.txt", "keep me");

        var toFile = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem", "--out", "notes.txt");
        var first = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem");
        var written = File.ReadAllText(gate.Repo.Combine("dist", "app.tgz.intoto.jsonl"));
        var second = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem");
        var afterSecond = File.ReadAllText(gate.Repo.Combine("dist", "app.tgz.intoto.jsonl"));
        var forced = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem", "--force");

        toFile.AssertInputError("--out 'notes.txt' is a file");
        Assert.Equal(0, first.ExitCode);
        second.AssertInputError("app.tgz.intoto.jsonl' already exists; pass --force");
        Assert.Equal(written, afterSecond);
        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain(gate.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    /// <summary>Every string of the verdict file (the console wraps long messages into a table).</summary>
    private static string Verdict(GateProcess gate)
    {
        using var verdict = JsonDocument.Parse(File.ReadAllText(gate.Repo.Combine("artifacts", "gates", "supply-chain.verdict.json")));
        var strings = new List<string>();
        Collect(verdict.RootElement, strings);
        return string.Join('\n', strings);
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }

    private static string ClosedUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
    }
}
