namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

public sealed class PnpmAndYarnReaderTests
{
    private const string Integrity = "sha512-9pSUXNEzxpmVIewCt/tbXO3ZdoYaeXgCb+FnDvyQgVW5AbmJG5jItw8wsdwd4UwODsXYKEfQPf9hBhG/dP0rUw==";

    [Fact]
    public void Pnpm_v9_packages_get_scope_from_the_graph_and_hashes_from_the_resolution()
    {
        // Given a pnpm v9 lockfile: a production chain, a dev dependency, a workspace link and an optional package
        var text = $$"""
            lockfileVersion: '9.0'
            importers:
              .:
                dependencies:
                  '@scope/a':
                    specifier: ^1.0.0
                    version: 1.0.0(react@18.0.0)
                  local:
                    specifier: workspace:*
                    version: link:packages/local
                devDependencies:
                  vitest:
                    specifier: ^1.0.0
                    version: 1.6.0
            packages:
              '@scope/a@1.0.0':
                resolution: {integrity: {{Integrity}}}
              b@2.0.0:
                resolution: {integrity: {{Integrity}}}
              vitest@1.6.0:
                resolution: {integrity: {{Integrity}}}
              fsevents@2.3.3:
                resolution: {integrity: {{Integrity}}}
            snapshots:
              '@scope/a@1.0.0(react@18.0.0)':
                dependencies:
                  b: 2.0.0
              b@2.0.0: {}
              vitest@1.6.0:
                optionalDependencies:
                  fsevents: 2.3.3
              fsevents@2.3.3:
                optional: true
            """;

        // When it is read
        var lockfile = Read.Lockfile("pnpm-lock.yaml", text);

        // Then
        Assert.Equal(4, lockfile.Components.Count);
        var a = Read.Single(lockfile, "pkg:npm/%40scope/a@1.0.0");
        Assert.True(a.Direct);
        Assert.False(a.Development);
        Assert.Equal("SHA-512", Assert.Single(a.Hashes).Algorithm);
        Assert.Equal(["pkg:npm/b@2.0.0"], a.DependsOn);
        Assert.Equal(16, a.Location.Line);
        var b = Read.Single(lockfile, "pkg:npm/b@2.0.0");
        Assert.False(b.Direct);
        Assert.False(b.Development);
        Assert.True(Read.Single(lockfile, "pkg:npm/vitest@1.6.0").Development);
        var fsevents = Read.Single(lockfile, "pkg:npm/fsevents@2.3.3");
        Assert.True(fsevents.Optional);
        Assert.True(fsevents.Development);
    }

    [Fact]
    public void Pnpm_v6_packages_carry_their_own_dev_and_optional_marks()
    {
        var text = $$"""
            lockfileVersion: '6.0'
            dependencies:
              a:
                specifier: ^1.0.0
                version: 1.0.0
            devDependencies:
              '@types/node':
                specifier: ^20.0.0
                version: 20.1.0
            packages:
              /a@1.0.0:
                resolution: {integrity: {{Integrity}}}
                dependencies:
                  b: 2.0.0(c@1.0.0)
                dev: false
              /b@2.0.0(c@1.0.0):
                resolution: {integrity: {{Integrity}}}
                dev: false
                optional: true
              /@types/node@20.1.0:
                resolution: {integrity: {{Integrity}}}
                dev: true
            """;

        var lockfile = Read.Lockfile("pnpm-lock.yaml", text);

        Assert.Equal(3, lockfile.Components.Count);
        Assert.True(Read.Single(lockfile, "pkg:npm/a@1.0.0").Direct);
        Assert.Equal(["pkg:npm/b@2.0.0"], Read.Single(lockfile, "pkg:npm/a@1.0.0").DependsOn);
        Assert.True(Read.Single(lockfile, "pkg:npm/b@2.0.0").Optional);
        var types = Read.Single(lockfile, "pkg:npm/%40types/node@20.1.0");
        Assert.True(types.Development);
        Assert.True(types.Direct);
    }

    [Fact]
    public void A_pnpm_package_that_is_not_a_mapping_is_an_error_naming_it()
    {
        var error = Read.Error("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: 12\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("entry 'a@1.0.0' is the scalar '12', not a mapping", error.Message, StringComparison.Ordinal);
    }

    private const string YarnV1 = """
        # yarn lockfile v1


        "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
          version "7.12.13"
          resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz#dcfc826beef65e75c50e21d3837d7d95798dd658"
          dependencies:
            js-tokens "^4.0.0"

        js-tokens@^4.0.0:
          version "4.0.0"
          resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#19203fb59991df98e3a287050d4647cdeaf32499"
          integrity sha512-9pSUXNEzxpmVIewCt/tbXO3ZdoYaeXgCb+FnDvyQgVW5AbmJG5jItw8wsdwd4UwODsXYKEfQPf9hBhG/dP0rUw==

        mylib@git+https://github.com/me/mylib.git#abc:
          version "1.0.0"
          resolved "git+https://github.com/me/mylib.git#abc"
        """;

    [Fact]
    public void Yarn_v1_entries_resolve_descriptors_and_package_json_says_direct_and_dev()
    {
        // Given a Yarn 1 lockfile and its package.json
        var packageJson = """{"dependencies": {"@babel/code-frame": "^7.10.4"}, "devDependencies": {"mylib": "git+https://github.com/me/mylib.git#abc"}}""";

        // When it is read
        var lockfile = Read.Lockfile("web/yarn.lock", YarnV1, packageJson);

        // Then
        Assert.Equal(3, lockfile.Components.Count);
        var babel = Read.Single(lockfile, "pkg:npm/%40babel/code-frame@7.12.13");
        Assert.True(babel.Direct);
        Assert.Equal(4, babel.Location.Line);
        Assert.Equal(("SHA-1", "dcfc826beef65e75c50e21d3837d7d95798dd658"), (babel.Hashes[0].Algorithm, babel.Hashes[0].Hex));
        Assert.Equal(["pkg:npm/js-tokens@4.0.0"], babel.DependsOn);
        Assert.Equal("SHA-512", Read.Single(lockfile, "pkg:npm/js-tokens@4.0.0").Hashes[0].Algorithm);
        var mylib = Read.Single(lockfile, "pkg:npm/mylib@1.0.0");
        Assert.True(mylib.Development);
        Assert.Equal("git+https://github.com/me/mylib.git#abc", mylib.VcsUrl);
    }

    [Fact]
    public void A_pnpm_tarball_is_the_purls_download_url_and_a_git_repository_its_vcs_url()
    {
        // Given a package from a tarball URL and one from a git repository
        var text = """
            lockfileVersion: '9.0'
            importers:
              .:
                dependencies:
                  tar: {specifier: 'https://example.com/tar-1.0.0.tgz', version: 'https://example.com/tar-1.0.0.tgz'}
            packages:
              tar@1.0.0:
                resolution: {tarball: https://example.com/tar-1.0.0.tgz}
                version: 1.0.0
              mylib@1.2.0:
                resolution: {type: git, repo: 'https://github.com/me/mylib.git', commit: abc123}
                version: 1.2.0
            snapshots:
              tar@1.0.0: {}
              mylib@1.2.0: {}
            """;

        // When it is read
        var lockfile = Read.Lockfile("pnpm-lock.yaml", text);

        // Then a tarball is where it was downloaded from, not a repository
        var tar = Read.Single(lockfile, "pkg:npm/tar@1.0.0");
        Assert.Equal(("https://example.com/tar-1.0.0.tgz", (string?)null), (tar.DownloadUrl, tar.VcsUrl));
        var mylib = Read.Single(lockfile, "pkg:npm/mylib@1.2.0");
        Assert.Equal(("git+https://github.com/me/mylib.git#abc123", (string?)null), (mylib.VcsUrl, mylib.DownloadUrl));
        Assert.False(tar.FromRegistry);
    }

    [Fact]
    public void A_yarn_v1_entry_without_a_version_is_an_error_naming_it()
    {
        var error = Read.Error("yarn.lock", "# yarn lockfile v1\n\na@^1.0.0:\n  resolved \"https://registry.yarnpkg.com/a/-/a-1.0.0.tgz\"\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("entry 'a@^1.0.0' has no version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yarn_berry_skips_workspaces_and_patches_and_takes_direct_packages_from_the_workspace()
    {
        var text = """
            __metadata:
              version: 8
              cacheKey: 10

            "app@workspace:.":
              version: 0.0.0-use.local
              resolution: "app@workspace:."
              dependencies:
                lodash: "npm:^4.17.21"
              languageName: unknown
              linkType: soft

            "lodash@npm:^4.17.21":
              version: 4.17.21
              resolution: "lodash@npm:4.17.21"
              checksum: 10/eb835a2e51d381e561e508ce932ea50a8e5a68f4ebdd771ea240d3048244a8d13658acbd502cd4829768c56f2e16bdd4340b9ea141297d472517b83868e677f7
              languageName: node
              linkType: hard

            "resolve@patch:resolve@npm%3A^1.22.1#optional!builtin<compat/resolve>":
              version: 1.22.8
              resolution: "resolve@patch:resolve@npm%3A1.22.8#optional!builtin<compat/resolve>::version=1.22.8&hash=c3c19d"
              languageName: node
              linkType: hard
            """;

        var lockfile = Read.Lockfile("yarn.lock", text);

        var lodash = Assert.Single(lockfile.Components);
        Assert.Equal("pkg:npm/lodash@4.17.21", lodash.Purl);
        Assert.True(lodash.Direct);
        Assert.Empty(lodash.Hashes);
        Assert.Equal(13, lodash.Location.Line);
    }
}
