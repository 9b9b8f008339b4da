using System.IO.Compression;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

/// <summary>An offline OSV source that is empty, mis-shaped or hostile is an error naming file and entry, never skipped.</summary>
public sealed class OsvHostileDatabaseTests
{
    private static readonly Component Ms = new(Ecosystem.Npm, "ms", "1.0.0", true, false, new ComponentLocation("package-lock.json", 1, 1));

    private static string Record => Samples.Osv("GHSA-ms", "npm", "ms", "0", "2.0.0", Samples.Critical);

    public static TheoryData<string, string> MisShaped() => new()
    {
        { "[" + Record + "]", "$ is a JSON array, not an object" },
        { Record.Replace("\"id\": \"GHSA-ms\"", "\"id\": 7", StringComparison.Ordinal), "$.id is a JSON number, not a string" },
        { Record.Replace("\"affected\": [{", "\"affected\": {\"x\": [{", StringComparison.Ordinal).Replace("}]\n}", "}]}\n}", StringComparison.Ordinal), "$.affected is a JSON object, not an array" },
        { Record.Replace("{\"fixed\": \"2.0.0\"}", "{\"fixed\": 2}", StringComparison.Ordinal), "$.affected[0].ranges[0].events[1].fixed is a JSON number, not a version string" },
        { Record.Replace("\"ECOSYSTEM\"", "\"SEMVER\"", StringComparison.Ordinal).Replace("\"2.0.0\"", "\"two\"", StringComparison.Ordinal), "SEMVER range event 'fixed: two' is not a semantic version" },
    };

    [Theory]
    [MemberData(nameof(MisShaped))]
    public void A_record_of_the_wrong_shape_is_an_error_naming_the_file_and_the_entry(string json, string why)
    {
        // Given a directory database with one mis-shaped record about ms
        using var temp = new TempDirectory();
        temp.Write("npm/GHSA-ms.json", json);

        // When it is loaded for ms
        var error = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Path, [Ms]));

        // Then the message names the file and what is wrong where
        Assert.Contains("GHSA-ms.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_directory_or_an_empty_all_zip_is_an_error_not_a_clean_result()
    {
        // Given an empty folder, and an all.zip without entries
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("empty"));
        using (ZipFile.Open(temp.Combine("all.zip"), ZipArchiveMode.Create))
        {
        }

        // When each is loaded
        var folder = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Combine("empty"), [Ms]));
        var zip = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Combine("all.zip"), [Ms]));

        // Then both say they hold no records and how to fill them
        Assert.Contains("holds no OSV records", folder.Message, StringComparison.Ordinal);
        Assert.Contains("holds no OSV records", zip.Message, StringComparison.Ordinal);
        Assert.Contains("gate osv update", zip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_before_it_is_inflated_whole()
    {
        // Given an all.zip whose one entry inflates to 40 MB (spaces after a tiny record) (a few KB compressed)
        using var temp = new TempDirectory();
        WriteZip(temp.Combine("all.zip"), ("GHSA-bomb.json", 40 * 1024 * 1024));

        // When it is loaded
        var error = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Combine("all.zip"), [Ms]));

        // Then it is refused, naming the entry
        Assert.Contains("entry 'GHSA-bomb.json' inflates past 32 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_that_inflates_far_beyond_its_size_is_refused_as_a_zip_bomb()
    {
        // Given an all.zip of 80 entries of 1 MB each (mostly spaces): 80 MB from a few hundred KB
        using var temp = new TempDirectory();
        WriteZip(temp.Combine("all.zip"), [.. Enumerable.Range(0, 80).Select(i => ($"GHSA-{i}.json", 1024 * 1024))]);

        // When it is loaded
        var error = Assert.Throws<OsvDatabaseException>(() => OsvDatabase.Load(temp.Combine("all.zip"), [Ms]));

        // Then it is refused as a zip bomb
        Assert.Contains("a zip bomb, not an OSV export", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Entries that are valid JSON (a tiny record padded with spaces) of the given sizes, compressed hard.</summary>
    private static void WriteZip(string path, params (string Name, int Size)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var spaces = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
        foreach (var (name, size) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            stream.Write("{\"id\": \"GHSA-x\"}"u8);
            for (var written = 0; written < size; written += spaces.Length)
            {
                stream.Write(spaces, 0, Math.Min(spaces.Length, size - written));
            }
        }
    }
}
