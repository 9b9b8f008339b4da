namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

public sealed class OtherReaderTests
{
    [Fact]
    public void Gemfile_lock_drops_platforms_marks_direct_gems_and_reads_checksums()
    {
        var text = """
            GIT
              remote: https://github.com/me/mygem.git
              revision: abc
              specs:
                mygem (0.2.0)

            GEM
              remote: https://rubygems.org/
              specs:
                nokogiri (1.16.0-x86_64-linux)
                  racc (~> 1.4)
                nokogiri (1.16.0-arm64-darwin)
                  racc (~> 1.4)
                racc (1.8.0)

            PLATFORMS
              x86_64-linux

            DEPENDENCIES
              mygem!
              nokogiri (~> 1.16)

            CHECKSUMS
              racc (1.8.0) sha256=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa

            BUNDLED WITH
               2.5.11
            """;

        var lockfile = Read.Lockfile("Gemfile.lock", text);

        Assert.Equal(3, lockfile.Components.Count);
        var nokogiri = Read.Single(lockfile, "pkg:gem/nokogiri@1.16.0");
        Assert.True(nokogiri.Direct);
        Assert.Equal(["pkg:gem/racc@1.8.0"], nokogiri.DependsOn);
        var racc = Read.Single(lockfile, "pkg:gem/racc@1.8.0");
        Assert.False(racc.Direct);
        Assert.Equal("SHA-256", Assert.Single(racc.Hashes).Algorithm);
        Assert.Equal("git+https://github.com/me/mygem.git", Read.Single(lockfile, "pkg:gem/mygem@0.2.0").VcsUrl);
    }

    [Fact]
    public void A_gem_spec_without_a_version_is_an_error_naming_the_line()
    {
        var error = Read.Error("Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    rake\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("spec 'rake' is not 'name (version)'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composer_lock_splits_dev_packages_reads_licenses_shasums_and_requires()
    {
        var text = """
            {
                "content-hash": "x",
                "packages": [
                    {
                        "name": "Monolog/Monolog",
                        "version": "3.5.0",
                        "dist": {"type": "zip", "url": "https://x", "reference": "r", "shasum": "0123456789abcdef0123456789abcdef01234567"},
                        "require": {"php": ">=8.1", "psr/log": "^2.0 || ^3.0"},
                        "authors": [{"name": "psr/log"}],
                        "license": ["MIT"]
                    },
                    {
                        "name": "psr/log",
                        "version": "3.0.0",
                        "license": ["MIT", "Apache-2.0"]
                    }
                ],
                "packages-dev": [
                    {"name": "phpunit/phpunit", "version": "10.5.0"}
                ]
            }
            """;

        var lockfile = Read.Lockfile("composer.lock", text, """{"require": {"php": ">=8.1", "monolog/monolog": "^3.0"}}""");

        var monolog = Read.Single(lockfile, "pkg:composer/monolog/monolog@3.5.0");
        Assert.Equal(["pkg:composer/psr/log@3.0.0"], monolog.DependsOn);
        Assert.Equal("SHA-1", Assert.Single(monolog.Hashes).Algorithm);
        Assert.Equal("MIT", monolog.License);
        Assert.True(monolog.Direct);
        Assert.Equal(4, monolog.Location.Line);
        var log = Read.Single(lockfile, "pkg:composer/psr/log@3.0.0");
        Assert.Equal("(MIT OR Apache-2.0)", log.License);
        Assert.False(log.Direct);
        Assert.Equal(12, log.Location.Line);
        Assert.True(Read.Single(lockfile, "pkg:composer/phpunit/phpunit@10.5.0").Development);
    }

    [Fact]
    public void A_composer_package_with_a_numeric_version_is_an_error_naming_it()
    {
        var error = Read.Error("composer.lock", "{\n  \"packages\": [\n    {\"name\": \"a/b\", \"version\": 3}\n  ]\n}\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("package 'a/b' has no string 'version'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradle_lockfile_modules_are_maven_purls_and_test_only_ones_are_development()
    {
        var text = """
            # This is a Gradle generated file for dependency locking.
            com.fasterxml.jackson.core:jackson-databind:2.17.0=compileClasspath,runtimeClasspath
            org.junit.jupiter:junit-jupiter-api:5.10.0=testCompileClasspath,testRuntimeClasspath
            empty=annotationProcessor
            """;

        var lockfile = Read.Lockfile("app/gradle.lockfile", text);

        Assert.Equal(2, lockfile.Components.Count);
        Assert.False(Read.Single(lockfile, "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0").Development);
        var junit = Read.Single(lockfile, "pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0");
        Assert.True(junit.Development);
        Assert.Equal(3, junit.Location.Line);
        Assert.Equal(4, Read.Error("gradle.lockfile", "# x\n\na:b:1=c\nbroken-line=compileClasspath\n").Line);
    }

    [Fact]
    public void Packages_config_lists_nuget_packages_with_development_ones()
    {
        var text = """
            <?xml version="1.0" encoding="utf-8"?>
            <packages>
              <package id="Newtonsoft.Json" version="13.0.3" targetFramework="net48" />
              <package id="StyleCop.Analyzers" version="1.1.118" targetFramework="net48" developmentDependency="true" />
            </packages>
            """;

        var lockfile = Read.Lockfile("src/App/packages.config", text);

        Assert.Equal("App", lockfile.Project);
        Assert.Equal(3, Read.Single(lockfile, "pkg:nuget/Newtonsoft.Json@13.0.3").Location.Line);
        Assert.True(Read.Single(lockfile, "pkg:nuget/StyleCop.Analyzers@1.1.118").Development);
        Assert.Equal(3, Read.Error("packages.config", "<packages>\n  <package id=\"A\" version=\"1.0\" />\n  <package id=\"B\" />\n</packages>").Line);
        Assert.Equal(3, Read.Error("packages.config", "<packages>\n  <package id=\"A\" version=\"1.0\" \n</packages>").Line);
    }

    [Fact]
    public void Deps_json_packages_keep_sha512_the_graph_and_what_the_project_uses_directly()
    {
        var text = """
            {
              "runtimeTarget": {"name": ".NETCoreApp,Version=v8.0", "signature": ""},
              "targets": {
                ".NETCoreApp,Version=v8.0": {
                  "App/1.0.0": {"dependencies": {"Serilog.Sinks.Console": "5.0.0"}},
                  "Serilog.Sinks.Console/5.0.0": {"dependencies": {"Serilog": "3.1.1"}},
                  "Serilog/3.1.1": {}
                }
              },
              "libraries": {
                "App/1.0.0": {"type": "project", "serviceable": false, "sha512": ""},
                "Serilog.Sinks.Console/5.0.0": {"type": "package", "serviceable": true, "sha512": "sha512-9pSUXNEzxpmVIewCt/tbXO3ZdoYaeXgCb+FnDvyQgVW5AbmJG5jItw8wsdwd4UwODsXYKEfQPf9hBhG/dP0rUw=="},
                "Serilog/3.1.1": {"type": "package", "serviceable": true, "sha512": ""}
              }
            }
            """;

        var lockfile = Read.Lockfile("publish/App.deps.json", text);

        Assert.Equal("App", lockfile.Project);
        Assert.Equal(2, lockfile.Components.Count);
        var sink = Read.Single(lockfile, "pkg:nuget/Serilog.Sinks.Console@5.0.0");
        Assert.True(sink.Direct);
        Assert.Equal("SHA-512", Assert.Single(sink.Hashes).Algorithm);
        Assert.Equal(["pkg:nuget/Serilog@3.1.1"], sink.DependsOn);
        Assert.Equal(12, sink.Location.Line);
        Assert.False(Read.Single(lockfile, "pkg:nuget/Serilog@3.1.1").Direct);
    }
}
