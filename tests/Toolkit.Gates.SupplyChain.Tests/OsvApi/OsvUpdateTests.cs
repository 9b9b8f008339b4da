using System.IO.Compression;
using System.Text;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

/// <summary><c>gate osv update</c> against a local fake of OSV's export bucket, then the gate reading what it wrote.</summary>
public sealed class OsvUpdateTests
{
    private static byte[] Export(params string[] records)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var record in records)
            {
                var id = System.Text.Json.JsonDocument.Parse(record).RootElement.GetProperty("id").GetString();
                using var stream = zip.CreateEntry(id + ".json").Open();
                stream.Write(Encoding.UTF8.GetBytes(record));
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task Update_downloads_the_ecosystems_all_zip_and_the_gate_reads_it_in_place()
    {
        // Given a bucket serving NuGet's all.zip with the critical advisory, and a repository that adds that package
        await using var server = await FakeOsvServer.StartAsync();
        using var repository = new SupplyChainSampleRepository();
        server.ServeExport("NuGet", Export(Samples.Osv(SupplyChainSampleRepository.CriticalAdvisory, "NuGet", "Acme.Json", "0", "2.0.1", Samples.Critical)));
        server.ServeExport("npm", Export(Samples.Osv("GHSA-2222-3333-4444", "npm", "lodash", "4.0.0", "4.17.21", Samples.Moderate)));
        repository.AddVulnerablePackage();
        repository.Config(string.Empty, database: "osv_database: .cache/osv-db");

        // When osv update runs for the repository's ecosystems, then the gate
        var update = await repository.RunAsync("osv", "update", "--base-url", server.Url.AbsoluteUri);
        var updateOut = repository.Out;
        var gate = await repository.RunAsync("supply-chain", "--base", "HEAD");

        // Then both archives were fetched and checked, and the gate found the advisory in them
        Assert.Equal(0, update);
        Assert.Contains(".cache/osv-db/NuGet/all.zip: 1 OSV records", updateOut, StringComparison.Ordinal);
        Assert.Contains(".cache/osv-db/npm/all.zip: 1 OSV records", updateOut, StringComparison.Ordinal);
        Assert.Equal(["/NuGet/all.zip", "/npm/all.zip"], server.Requests.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.Equal(1, gate);
        Assert.Contains(SupplyChainSampleRepository.CriticalAdvisory, repository.Verdict(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_empty_export_is_an_error_and_keeps_the_copy_already_there()
    {
        // Given a good npm archive already downloaded, then a bucket whose npm archive is empty and NuGet missing
        await using var server = await FakeOsvServer.StartAsync();
        using var repository = new SupplyChainSampleRepository();
        server.ServeExport("npm", Export(Samples.Osv("GHSA-2222-3333-4444", "npm", "lodash", "4.0.0", "4.17.21", Samples.Moderate)));
        Assert.Equal(0, await repository.RunAsync("osv", "update", "--ecosystem", "npm", "--base-url", server.Url.AbsoluteUri));
        var good = File.ReadAllBytes(repository.Repo.Directory.Combine(".cache", "osv-db", "npm", "all.zip"));
        server.ServeExport("npm", Export());

        // When osv update runs again for both
        var exit = await repository.RunAsync("osv", "update", "--ecosystem", "npm", "--ecosystem", "NuGet", "--base-url", server.Url.AbsoluteUri);

        // Then it fails naming each problem, the good copy is untouched, and no temp file is left
        Assert.Equal(1, exit);
        Assert.Contains("error: npm:", repository.Error, StringComparison.Ordinal);
        Assert.Contains("holds no OSV records", repository.Error, StringComparison.Ordinal);
        Assert.Contains("error: NuGet:", repository.Error, StringComparison.Ordinal);
        Assert.Contains("answered HTTP 404", repository.Error, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(repository.Repo.Directory.Combine(".cache", "osv-db", "npm", "all.zip")));
        Assert.DoesNotContain(Directory.EnumerateFiles(repository.Repo.Directory.Combine(".cache", "osv-db"), "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_bucket_is_an_error_naming_it()
    {
        // Given a base URL where nothing listens
        using var repository = new SupplyChainSampleRepository();
        var closed = FakeOsvServer.ClosedUrl();

        // When osv update runs
        var exit = await repository.RunAsync("osv", "update", "--ecosystem", "npm", "--base-url", closed.AbsoluteUri);

        // Then it fails, naming the URL, and writes nothing
        Assert.Equal(1, exit);
        Assert.Contains($"{closed.AbsoluteUri}npm/all.zip: unreachable", repository.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(repository.Repo.Directory.Combine(".cache", "osv-db", "npm", "all.zip")));
    }
}
