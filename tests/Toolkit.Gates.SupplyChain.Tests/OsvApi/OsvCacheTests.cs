using System.Text;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvCacheTests
{
    private static readonly DateTimeOffset Fetched = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("GHSA-7x3q-9c4m-qh2w")]
    [InlineData("DEBIAN:CVE-2024-1234")]
    [InlineData("../../etc/passwd")]
    [InlineData("CON")]
    [InlineData("@scope/name@1.0.0")]
    public void Every_key_becomes_one_plain_file_name(string key)
    {
        // When a key becomes a file name
        var name = SafeFileNames.For(key);

        // Then it has no separators, drive colons or reserved device name, and a hash keeps it unique
        Assert.Matches("^[a-z0-9._-]*-[0-9a-f]{16}$", name);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
        Assert.NotEqual("con", name);
    }

    [Fact]
    public void Keys_that_differ_only_in_case_or_unsafe_characters_get_different_files()
    {
        Assert.Equal(4, new[] { "GHSA-abcd", "ghsa-abcd", "GHSA:abcd", "GHSA/abcd" }.Select(SafeFileNames.For).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void An_answer_and_a_record_are_read_back_as_written()
    {
        // Given a cache with one answer and one record
        using var temp = new TempDirectory();
        var cache = new OsvCache(temp.Path);
        var query = new OsvPackageQuery("npm", "@babel/core", "7.0.0");
        var record = Encoding.UTF8.GetBytes(Samples.Osv("DEBIAN:CVE-1", "npm", "@babel/core", "0", "7.0.1"));
        Assert.True(cache.WriteAnswer(new OsvCachedAnswer("npm", "@babel/core", "7.0.0", Fetched, [new OsvVulnRef("DEBIAN:CVE-1", "2026-01-01T00:00:00Z")])));
        Assert.True(cache.WriteRecord("DEBIAN:CVE-1", record));

        // When they are read
        var answer = cache.ReadAnswer(query);
        var read = cache.ReadRecord("DEBIAN:CVE-1");

        // Then both come back, and no temp file was left behind
        Assert.Equal("DEBIAN:CVE-1", Assert.Single(answer!.Vulns).Id);
        Assert.Equal(Fetched, answer.Fetched);
        Assert.Equal(record, read!.Value.Json);
        Assert.Equal("2026-01-01T00:00:00Z", read.Value.Header.Modified);
        Assert.DoesNotContain(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"ecosystem\": \"npm\", \"name\": \"left-pad\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"ecosystem\": \"npm\", \"name\": \"other\", \"version\": \"1.0.0\", \"fetched\": \"2025-01-01T12:00:00Z\", \"vulns\": []}")]
    [InlineData("{\"ecosystem\": \"npm\", \"name\": \"left-pad\", \"version\": \"1.0.0\", \"fetched\": \"2025-01-01T12:00:00Z\", \"vulns\": [null]}")]
    public void A_corrupt_or_foreign_answer_reads_as_missing(string content)
    {
        // Given an answer file replaced by damaged or foreign content
        using var temp = new TempDirectory();
        var cache = new OsvCache(temp.Path);
        var query = new OsvPackageQuery("npm", "left-pad", "1.0.0");
        cache.WriteAnswer(new OsvCachedAnswer("npm", "left-pad", "1.0.0", Fetched, []));
        var file = Assert.Single(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
        File.WriteAllText(file, content);

        // When it is read, then it is as good as none
        Assert.Null(cache.ReadAnswer(query));
    }

    [Fact]
    public void A_record_file_holding_another_id_reads_as_missing()
    {
        using var temp = new TempDirectory();
        var cache = new OsvCache(temp.Path);
        cache.WriteRecord("GHSA-1", Encoding.UTF8.GetBytes(Samples.Osv("GHSA-2", "npm", "ms", "0", "2.0.0")));

        Assert.Null(cache.ReadRecord("GHSA-1"));
    }

    [Theory]
    [InlineData("2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z", true)]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000001Z", false)]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", true)]
    [InlineData("2026-01-01T00:00:00Z", null, false)]
    [InlineData("not a time", "2026-01-01T00:00:00Z", false)]
    public void A_cached_record_is_current_only_when_at_least_as_new_as_reported(string cached, string? reported, bool current)
    {
        Assert.Equal(current, new OsvRecordHeader("GHSA-1", cached).IsCurrent(reported));
    }
}
