using System.Text.Json;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;

namespace Toolkit.Gates.SupplyChain.Tests.Inventory;

/// <summary>What an npm lockfile says about each package reaches the component and the SBOM without loss.</summary>
public sealed class NpmFidelityTests
{
    private const string Sha512 = "sha512-g557vgQjUUfN76MZAN/dt1z3dzcUsimuysco0KeluHgrPdJXkP/XdAURgyO2W9fZWHRtRBiVKzKn8vyOAwlG+w==";

    private static string Lock(string packages) => $$"""
        {
          "name": "app",
          "lockfileVersion": 3,
          "packages": {
            "": { "name": "app", "version": "1.0.0", "dependencies": { "a": "1", "b": "1", "tool": "git+https://github.com/acme/tool.git" } },
        {{packages}}
          }
        }
        """;

    [Fact]
    public void Duplicate_entries_merge_without_losing_the_hash_or_the_license_of_a_later_copy()
    {
        // Given ms 2.0.0 twice: first bundled without integrity or license, then installed with both
        var text = Lock($$"""
                "node_modules/a": { "version": "1.0.0", "dependencies": { "ms": "2.0.0" } },
                "node_modules/a/node_modules/ms": { "version": "2.0.0", "inBundle": true },
                "node_modules/b": { "version": "1.0.0", "dependencies": { "ms": "2.0.0" } },
                "node_modules/b/node_modules/ms": { "version": "2.0.0", "integrity": "{{Sha512}}", "license": "MIT" }
            """);

        // When it is read
        var ms = Assert.Single(NpmLockReader.Read("package-lock.json", text).Components, c => c.Name == "ms");

        // Then the one component keeps the later copy's SHA-512 and license, and is not bundled (one copy is installed)
        Assert.Equal("SHA-512", Assert.Single(ms.Hashes).Algorithm);
        Assert.Equal("MIT", ms.License);
        Assert.False(ms.Bundled);
        Assert.Equal(7, ms.Location.Line);
    }

    [Fact]
    public void Optional_packages_are_optional_and_bundled_ones_say_so()
    {
        // Given an optional platform binary and a package bundled inside another
        var text = Lock("""
                "node_modules/a": { "version": "1.0.0", "optionalDependencies": { "fsevents": "2" } },
                "node_modules/fsevents": { "version": "2.3.3", "optional": true, "license": "MIT" },
                "node_modules/b": { "version": "1.0.0", "devOptional": true },
                "node_modules/a/node_modules/inner": { "version": "0.1.0", "inBundle": true, "license": "MIT" }
            """);

        // When it is read and written as CycloneDX
        var lockfile = NpmLockReader.Read("package-lock.json", text);
        var components = CycloneDx(lockfile);

        // Then fsevents and the devOptional b are optional (not required), inner is bundled, a is required
        Assert.Equal("optional", components["pkg:npm/fsevents@2.3.3"].GetProperty("scope").GetString());
        Assert.Equal("optional", components["pkg:npm/b@1.0.0"].GetProperty("scope").GetString());
        Assert.Equal("required", components["pkg:npm/a@1.0.0"].GetProperty("scope").GetString());
        Assert.True(Assert.Single(lockfile.Components, c => c.Name == "inner").Bundled);
        Assert.Contains("toolkit:bundled", components["pkg:npm/inner@0.1.0"].GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public void Git_and_file_dependencies_keep_their_source_and_do_not_pose_as_registry_packages()
    {
        // Given a git dependency, a local tarball and a registry package
        var text = Lock("""
                "node_modules/tool": { "version": "1.2.0", "resolved": "git+ssh://git@github.com/acme/tool.git#0123456789abcdef0123456789abcdef01234567", "license": "MIT" },
                "node_modules/a": { "version": "1.0.0", "resolved": "file:vendor/a-1.0.0.tgz", "integrity": "sha512-AAAA" },
                "node_modules/b": { "version": "1.0.0", "resolved": "https://registry.npmjs.org/b/-/b-1.0.0.tgz" }
            """);

        // When it is read and written as CycloneDX
        var lockfile = NpmLockReader.Read("package-lock.json", text);
        var components = CycloneDx(lockfile);

        // Then the purls carry vcs_url / download_url as cdxgen writes them, with matching external references
        var tool = Assert.Single(lockfile.Components, c => c.Name == "tool");
        Assert.Equal("pkg:npm/tool@1.2.0?vcs_url=git%2Bssh://git%40github.com/acme/tool.git%230123456789abcdef0123456789abcdef01234567", tool.Purl);
        Assert.False(tool.FromRegistry);
        var reference = Assert.Single(components[tool.Purl].GetProperty("externalReferences").EnumerateArray());
        Assert.Equal("vcs", reference.GetProperty("type").GetString());
        Assert.Equal(tool.VcsUrl, reference.GetProperty("url").GetString());
        var a = Assert.Single(lockfile.Components, c => c.Name == "a");
        Assert.Equal("file:vendor/a-1.0.0.tgz", a.DownloadUrl);
        Assert.EndsWith("?download_url=file:vendor/a-1.0.0.tgz", a.Purl, StringComparison.Ordinal);
        Assert.True(Assert.Single(lockfile.Components, c => c.Name == "b").FromRegistry);
    }

    [Theory]
    [InlineData("\"node_modules/a\": { \"version\": 3 }", "'version' is JSON number")]
    [InlineData("\"node_modules/a\": { \"resolved\": \"https://registry.npmjs.org/a/-/a-1.0.0.tgz\" }", "'version' is missing")]
    [InlineData("\"node_modules/a\": 42", "the entry is JSON number")]
    public void An_entry_without_a_version_string_is_an_error_naming_file_and_line(string entry, string why)
    {
        // Given a package entry whose version is a number, missing, or an entry that is not an object
        var text = Lock("    " + entry);

        // When it is read
        var error = Assert.Throws<LockfileException>(() => NpmLockReader.Read("web/package-lock.json", text));

        // Then the error names the file, the entry's line and what is wrong
        Assert.Equal(6, error.Line);
        Assert.Contains("web/package-lock.json:6: package 'node_modules/a'", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_lockfile_is_an_error_not_a_crash()
    {
        var error = Assert.Throws<LockfileException>(() => NpmLockReader.Read("package-lock.json", "null"));

        Assert.Contains("package-lock.json:1: the lockfile is JSON null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Licenses_the_lockfile_does_not_record_are_read_from_node_modules_or_said_to_be_not_recorded()
    {
        // Given a lockfile without licenses, with a, b installed (a declares the legacy object form, b nothing)
        using var repo = new TempDirectory();
        repo.Write("web/node_modules/a/package.json", """{ "name": "a", "license": { "type": "ISC", "url": "https://opensource.org/licenses/ISC" } }""");
        repo.Write("web/node_modules/b/package.json", """{ "name": "b" }""");
        var text = Lock("""
                "node_modules/a": { "version": "1.0.0" },
                "node_modules/b": { "version": "1.0.0" },
                "node_modules/c": { "version": "1.0.0" }
            """);

        // When it is read from the working tree, and from a commit (nothing installed)
        var installed = NpmLockReader.Read("web/package-lock.json", text, repo.Path).Components.ToDictionary(c => c.Name);
        var committed = NpmLockReader.Read("web/package-lock.json", text).Components.ToDictionary(c => c.Name);

        // Then a's license comes from node_modules, b declares none, c and every committed one is "not recorded"
        Assert.Equal("ISC", installed["a"].License);
        Assert.Equal("node_modules/b/package.json declares no license", installed["b"].LicenseNote);
        Assert.Contains("does not record it and node_modules/c/package.json is not installed; run npm ci", installed["c"].LicenseNote, StringComparison.Ordinal);
        Assert.Equal("web/package-lock.json does not record it", committed["a"].LicenseNote);
    }

    private static Dictionary<string, JsonElement> CycloneDx(Lockfile lockfile)
    {
        var bytes = CycloneDxWriter.Write(new DependencyInventory([lockfile]), new SbomInfo("app", DateTimeOffset.UnixEpoch, "1.0.0"));
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("components").EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() == "library")
            .ToDictionary(c => c.GetProperty("purl").GetString()!, c => c.Clone());
    }
}
