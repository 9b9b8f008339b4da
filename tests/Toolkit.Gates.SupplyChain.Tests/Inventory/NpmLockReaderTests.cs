using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests.Inventory;

public sealed class NpmLockReaderTests
{
    private static string WorkspaceLock() => """
        {
          "name": "shop",
          "version": "1.0.0",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
            "": {
              "name": "shop",
              "version": "1.0.0",
              "workspaces": ["packages/*"],
              "dependencies": { "express": "^4.18.0" },
              "devDependencies": { "@types/node": "^20.0.0" }
            },
            "node_modules/@types/node": {
              "version": "20.11.5",
              "resolved": "https://registry.npmjs.org/@types/node/-/node-20.11.5.tgz",
              "integrity": "sha512-g557vgQjUUfN76MZAN/dt1z3dzcUsimuysco0KeluHgrPdJXkP/XdAURgyO2W9fZWHRtRBiVKzKn8vyOAwlG+w==",
              "dev": true,
              "license": "MIT",
              "dependencies": { "undici-types": "~5.26.4" }
            },
            "node_modules/undici-types": {
              "version": "5.26.5",
              "integrity": "sha512-JlCMO+ehdEIKqlFxk6IfVoAUVmgz7cU7zD/h9XZ0qzeosSHmUJVOzSQvvYSYWXkFXC+IfLKSIffhv0sVZup6pA==",
              "dev": true,
              "license": "MIT"
            },
            "node_modules/express": {
              "version": "4.18.2",
              "integrity": "sha512-5/PsL6iGPdfQ/lKM1UuielYgv3BUoJfz1aUwU9vHZ+J7gyvwdQXFEBIEIaxeGf0GIcreATNyBExtalisDbuMqQ==",
              "license": "MIT",
              "dependencies": { "debug": "2.6.9" }
            },
            "node_modules/debug": {
              "version": "2.6.9",
              "license": "MIT",
              "dependencies": { "ms": "2.0.0" }
            },
            "node_modules/ms": {
              "version": "2.1.3",
              "license": "MIT"
            },
            "node_modules/debug/node_modules/ms": {
              "version": "2.0.0",
              "license": "MIT"
            },
            "node_modules/web": {
              "resolved": "packages/web",
              "link": true
            },
            "packages/web": {
              "name": "web",
              "version": "0.1.0",
              "dependencies": { "left-pad": "1.3.0" }
            },
            "node_modules/left-pad": {
              "version": "1.3.0",
              "license": "WTFPL"
            }
          }
        }
        """;

    [Fact]
    public void Nested_node_modules_resolve_the_way_node_resolves_them()
    {
        // Given debug 2.6.9 with its own nested ms 2.0.0 while the root has ms 2.1.3
        // When the lockfile is read
        var lockfile = NpmLockReader.Read("package-lock.json", WorkspaceLock());

        // Then debug depends on the nested ms, and both ms versions are components
        var debug = Assert.Single(lockfile.Components, c => c.Name == "debug");
        Assert.Equal(["pkg:npm/ms@2.0.0"], debug.DependsOn);
        Assert.Equal(["2.0.0", "2.1.3"], lockfile.Components.Where(c => c.Name == "ms").Select(c => c.Version).Order());
    }

    [Fact]
    public void Root_and_workspace_dependencies_are_direct_and_workspace_members_are_components()
    {
        // Given a root with a workspace
        // When the lockfile is read
        var lockfile = NpmLockReader.Read("package-lock.json", WorkspaceLock());

        // Then express, @types/node, the workspace's left-pad and the workspace itself are direct; debug is transitive
        Assert.Equal(["@types/node", "express", "left-pad", "web"], lockfile.Components.Where(c => c.Direct).Select(c => c.Name).Order(StringComparer.Ordinal));
        var web = Assert.Single(lockfile.Components, c => c.Name == "web");
        Assert.True(web.Workspace);
        Assert.False(web.FromRegistry);
        Assert.Equal(["pkg:npm/left-pad@1.3.0"], web.DependsOn);
        var types = Assert.Single(lockfile.Components, c => c.Name == "@types/node");
        Assert.True(types.Development);
        Assert.Equal("pkg:npm/%40types/node@20.11.5", types.Purl);
        Assert.Equal("MIT", types.License);
        Assert.Equal(128, types.Hashes[0].Hex.Length);
    }

    [Fact]
    public void A_version_1_lockfile_is_refused_with_the_fix()
    {
        // Given an npm 6 lockfile
        var text = "{\n  \"name\": \"old\",\n  \"lockfileVersion\": 1,\n  \"dependencies\": {}\n}\n";

        // When it is read
        var error = Assert.Throws<LockfileException>(() => NpmLockReader.Read("web/package-lock.json", text));

        // Then it points at the lockfileVersion line and says how to upgrade
        Assert.Equal(3, error.Line);
        Assert.Contains("npm install --lockfile-version 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packages_lock_files_give_direct_and_transitive_packages_with_hashes()
    {
        // Given a NuGet packages.lock.json
        var text = Samples.PackagesLock(
            ("Serilog", "3.1.1", "Direct", []),
            ("Newtonsoft.Json", "13.0.1", "Transitive", []),
            ("Polly", "8.2.0", "Direct", ["Newtonsoft.Json@13.0.1"]));

        // When it is read
        var lockfile = PackagesLockReader.Read("src/Api/packages.lock.json", text, new NuspecLicenses([]));

        // Then types, the graph and the line of each package come through
        var polly = Assert.Single(lockfile.Components, c => c.Name == "Polly");
        Assert.True(polly.Direct);
        Assert.Equal(["pkg:nuget/Newtonsoft.Json@13.0.1"], polly.DependsOn);
        Assert.False(Assert.Single(lockfile.Components, c => c.Name == "Newtonsoft.Json").Direct);
        Assert.Contains("\"Polly\"", text.Split('\n')[polly.Location.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_2_lockfile_is_read_from_its_packages_map_and_the_legacy_section_is_ignored()
    {
        // Given an npm 7/8 lockfile (v2) with both the packages map and the v1 dependencies section
        var text = """
            {
              "name": "legacy",
              "version": "1.0.0",
              "lockfileVersion": 2,
              "requires": true,
              "packages": {
                "": { "name": "legacy", "version": "1.0.0", "dependencies": { "chalk": "^4.1.2" } },
                "node_modules/chalk": { "version": "4.1.2", "license": "MIT", "dependencies": { "ansi-styles": "^4.1.0" } },
                "node_modules/ansi-styles": { "version": "4.3.0", "license": "MIT" }
              },
              "dependencies": {
                "chalk": { "version": "4.1.2", "requires": { "ansi-styles": "^4.1.0" } },
                "ansi-styles": { "version": "4.3.0" }
              }
            }
            """;

        // When it is read
        var lockfile = NpmLockReader.Read("package-lock.json", text);

        // Then the two packages come from the packages map, chalk direct and depending on ansi-styles
        Assert.Equal(["ansi-styles", "chalk"], lockfile.Components.Select(c => c.Name).Order(StringComparer.Ordinal));
        var chalk = Assert.Single(lockfile.Components, c => c.Name == "chalk");
        Assert.True(chalk.Direct);
        Assert.Equal(["pkg:npm/ansi-styles@4.3.0"], chalk.DependsOn);
        Assert.Equal(8, chalk.Location.Line);
    }
}
