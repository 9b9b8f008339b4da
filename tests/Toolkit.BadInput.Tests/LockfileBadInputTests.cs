namespace Toolkit.BadInput.Tests;

/// <summary>
/// Lockfiles that cannot be read, or entries of the wrong shape (a numeric or missing version, a scalar where an entry
/// belongs): `gate sbom` refuses them with exit 2 naming file and line, and the supply-chain gate does not pass.
/// </summary>
public sealed class LockfileBadInputTests
{
    public static TheoryData<string, string, string> BadLockfiles => new()
    {
        { "package-lock.json", "null", "package-lock.json:1:" },
        { "Cargo.lock", "version = 4\n\n[[package]]\nname = \"serde\"\nversion = 1\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n", "Cargo.lock:3: package 'serde' has 'version' an integer" },
        { "uv.lock", "version = 1\n[[package]\nname = \"a\"\n", "uv.lock:2: not valid TOML" },
        { "poetry.lock", "[[package]]\nname = \"requests\"\n", "poetry.lock:1: package 'requests' has 'version' missing" },
        { "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  left-pad@1.3.0: 7\n", "pnpm-lock.yaml:3: entry 'left-pad@1.3.0' is the scalar '7'" },
        { "yarn.lock", "# yarn lockfile v1\n\nleft-pad@^1.3.0:\n  resolved \"https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz\"\n", "yarn.lock:3: entry 'left-pad@^1.3.0' has no version" },
        { "go.mod", "module example.com/m\n\nrequire github.com/pkg/errors\n", "go.mod:3: require 'github.com/pkg/errors'" },
        { "Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    rake\n", "Gemfile.lock:4: spec 'rake'" },
        { "composer.lock", "{\n  \"packages\": [\n    {\"name\": \"monolog/monolog\", \"version\": 3}\n  ]\n}\n", "composer.lock:3: package 'monolog/monolog' has no string 'version'" },
        { "Pipfile.lock", "{\n  \"default\": {\n    \"requests\": {\"version\": null}\n  }\n}\n", "Pipfile.lock:3: package 'requests' has no '==' version" },
        { "requirements.txt", "flask==3.0.0\nrequests>=2\n", "requirements.txt:2: 'requests>=2' is not pinned" },
        { "gradle.lockfile", "com.google.guava:guava=compileClasspath\n", "gradle.lockfile:1:" },
        { "packages.config", "<packages>\n  <package id=\"Newtonsoft.Json\" />\n</packages>\n", "packages.config:2:" },
    };

    [Theory]
    [MemberData(nameof(BadLockfiles))]
    public async Task Sbom_refuses_an_unreadable_lockfile_naming_file_and_line(string file, string content, string fragment)
    {
        // Given a repository whose only lockfile is broken
        using var gate = new GateProcess().WithFile(file, content);

        // When the SBOM is asked for
        var result = await gate.RunAsync("sbom");

        // Then it is an input error naming the place, and no SBOM is left behind
        result.AssertInputError(fragment);
        Assert.DoesNotContain(gate.Files(), f => f.StartsWith("artifacts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cargo.lock", "version = 4\n\n[[package]]\nname = \"serde\"\nsource = \"registry+x\"\n")]
    [InlineData("requirements.txt", "requests\n")]
    public async Task The_supply_chain_gate_does_not_pass_on_an_unreadable_lockfile(string file, string content)
    {
        using var gate = new GateProcess().WithFile(file, content);

        var result = await gate.RunAsync("supply-chain");

        result.AssertNotPass();
        Assert.Contains(file + ":", result.All, StringComparison.Ordinal);
    }
}
