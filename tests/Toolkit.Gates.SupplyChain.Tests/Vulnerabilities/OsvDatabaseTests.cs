using System.IO.Compression;
using System.Text;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Gates.SupplyChain.Vulnerabilities;
using Toolkit.Testing;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class OsvDatabaseTests
{
    private static Component Package(Ecosystem ecosystem, string name, string version) =>
        new(ecosystem, name, version, true, false, new ComponentLocation("lock.json", 1, 1));

    [Fact]
    public void An_all_zip_is_read_and_only_records_about_the_repositorys_packages_are_kept()
    {
        // Given an OSV all.zip with records for three packages, one withdrawn
        using var temp = new TempDirectory();
        var zipPath = temp.Combine("all.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            void Add(string id, string json)
            {
                using var stream = zip.CreateEntry(id + ".json").Open();
                stream.Write(Encoding.UTF8.GetBytes(json));
            }

            Add("GHSA-1", Samples.Osv("GHSA-1", "NuGet", "newtonsoft.json", "0", "13.0.1", Samples.Critical, ["CVE-2024-1"]));
            Add("GHSA-2", Samples.Osv("GHSA-2", "npm", "unrelated", "0", "9.9.9", Samples.Critical));
            Add("GHSA-3", Samples.Osv("GHSA-3", "NuGet", "Newtonsoft.Json", "0", "13.0.1", Samples.Moderate).Replace("\"modified\"", "\"withdrawn\": \"2025-01-01T00:00:00Z\", \"modified\"", StringComparison.Ordinal));
        }

        // When it is loaded for Newtonsoft.Json 12.0.3 (NuGet names compare case-insensitively)
        var component = Package(Ecosystem.NuGet, "Newtonsoft.Json", "12.0.3");
        var database = OsvDatabase.Load(zipPath, [component]);
        var matches = database.Match(component).ToList();

        // Then one record is kept and matched, with its alias, CVSS score and fix
        Assert.Equal(3, database.Scanned);
        Assert.Equal(1, database.Kept);
        var match = Assert.Single(matches);
        Assert.Equal("GHSA-1", match.Advisory.Id);
        Assert.Equal(["CVE-2024-1"], match.Advisory.Aliases);
        Assert.Equal(9.8, match.Advisory.Score);
        Assert.Equal("13.0.1", match.FixedIn);
    }

    [Fact]
    public void A_corrupt_record_in_a_directory_database_is_named_with_its_line()
    {
        // Given a directory database with a broken file
        using var temp = new TempDirectory();
        temp.Write("npm/GHSA-ok.json", Samples.Osv("GHSA-ok", "npm", "ms", "0", "2.0.0", Samples.Critical));
        temp.Write("npm/GHSA-bad.json", "{\n  \"id\": \"GHSA-bad\",\n  \"affected\": [ { \"package\": {\"name\": \"ms\" \n}\n");

        // When it is loaded
        var error = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Path, [Package(Ecosystem.Npm, "ms", "1.0.0")]));

        // Then the message names the file and says what to do
        Assert.Contains("GHSA-bad.json:", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-download", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_only_a_cvss_v4_severity_matches_with_the_computed_severity()
    {
        // Given an offline database whose record for ms has only a CVSS v4 vector (9.3, no label)
        using var temp = new TempDirectory();
        const string vector = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        temp.Write("npm/GHSA-v4.json", Samples.Osv("GHSA-v4", "npm", "ms", "0", "2.0.0", cvssV4: vector));
        var component = Package(Ecosystem.Npm, "ms", "1.0.0");

        // When it is loaded and ms 1.0.0 is matched
        var match = Assert.Single(OsvDatabase.Load(temp.Path, [component]).Match(component));

        // Then the match carries the v4 score and its critical severity
        Assert.Equal(("GHSA-v4", VulnerabilitySeverity.Critical, 9.3), (match.Advisory.Id, match.Advisory.Severity, match.Advisory.Score));
        Assert.Equal((CvssRating.Critical, "4.0", vector), (match.Advisory.Rating, match.Advisory.CvssVersion, match.Advisory.Vector));
    }

    [Fact]
    public void A_missing_database_says_where_to_get_one()
    {
        // Given a path that does not exist
        // When it is loaded
        var error = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load("/no/such/osv", []));

        // Then the message points at the OSV download
        Assert.Contains("all.zip", error.Message, StringComparison.Ordinal);
    }
}
