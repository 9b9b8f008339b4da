namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

public sealed class PythonReaderTests
{
    private const string Sha = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string Sdist = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    [Fact]
    public void Poetry_packages_keep_groups_optional_the_sdist_hash_and_the_graph()
    {
        // Given a Poetry 2 lockfile: a main package with an optional dependency, and a dev tool from git
        var text = $$"""
            [[package]]
            name = "Typing_Extensions"
            version = "4.12.2"
            optional = false
            groups = ["main"]
            files = [
                {file = "typing_extensions-4.12.2-py3-none-any.whl", hash = "{{Sha}}"},
                {file = "typing_extensions-4.12.2.tar.gz", hash = "{{Sdist}}"},
            ]

            [package.dependencies]
            helper = ">=1"

            [[package]]
            name = "helper"
            version = "1.0"
            optional = true
            groups = ["main"]
            files = []

            [[package]]
            name = "pytest"
            version = "8.0.0"
            optional = false
            groups = ["dev"]
            files = []

            [package.source]
            type = "git"
            url = "https://github.com/pytest-dev/pytest.git"
            resolved_reference = "abc123"
            """;

        // and its pyproject.toml
        var pyproject = "[tool.poetry.dependencies]\npython = \"^3.9\"\ntyping-extensions = \"^4\"\n\n[tool.poetry.group.dev.dependencies]\npytest = \"^8\"\n";

        // When it is read
        var lockfile = Read.Lockfile("py/poetry.lock", text, pyproject);

        // Then names are PEP 503 purls, the sdist's hash is kept, dev and optional are marked, the graph resolves
        var typing = Read.Single(lockfile, "pkg:pypi/typing-extensions@4.12.2");
        Assert.Equal("Typing_Extensions", typing.Name);
        Assert.Equal("2222222222222222222222222222222222222222222222222222222222222222", Assert.Single(typing.Hashes).Hex);
        Assert.Equal(["pkg:pypi/helper@1.0"], typing.DependsOn);
        Assert.True(typing.Direct);
        Assert.False(Read.Single(lockfile, "pkg:pypi/helper@1.0").Direct);
        Assert.True(Read.Single(lockfile, "pkg:pypi/pytest@8.0.0").Direct);
        Assert.True(Read.Single(lockfile, "pkg:pypi/helper@1.0").Optional);
        var pytest = Read.Single(lockfile, "pkg:pypi/pytest@8.0.0");
        Assert.True(pytest.Development);
        Assert.Equal("git+https://github.com/pytest-dev/pytest.git@abc123", pytest.VcsUrl);
        Assert.Equal(14, Read.Single(lockfile, "pkg:pypi/helper@1.0").Location.Line);
    }

    [Fact]
    public void A_poetry_package_without_a_version_is_an_error_naming_its_line()
    {
        var error = Read.Error("poetry.lock", "[[package]]\nname = \"a\"\nversion = \"1\"\n\n[[package]]\nname = \"b\"\n");

        Assert.Equal(5, error.Line);
        Assert.Contains("package 'b' has 'version' missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uv_root_dependencies_are_direct_and_what_only_dev_groups_reach_is_development()
    {
        // Given a uv.lock with a virtual root, a runtime dependency chain and a dev group
        var text = $$"""
            version = 1
            revision = 3

            [[package]]
            name = "app"
            version = "0.1.0"
            source = { virtual = "." }
            dependencies = [{ name = "requests" }]

            [package.dev-dependencies]
            dev = [{ name = "pytest" }]

            [[package]]
            name = "requests"
            version = "2.32.3"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [{ name = "idna" }]
            sdist = { url = "https://files/requests-2.32.3.tar.gz", hash = "{{Sdist}}", size = 1 }

            [[package]]
            name = "idna"
            version = "3.7"
            source = { registry = "https://pypi.org/simple" }
            wheels = [{ url = "https://files/idna-3.7-py3-none-any.whl", hash = "{{Sha}}", size = 1 }]

            [[package]]
            name = "pytest"
            version = "8.3.0"
            source = { registry = "https://pypi.org/simple" }
            """;

        // When it is read
        var lockfile = Read.Lockfile("uv.lock", text);

        // Then the root is the project, not a package
        Assert.Equal("app", lockfile.Project);
        Assert.Equal(3, lockfile.Components.Count);
        var requests = Read.Single(lockfile, "pkg:pypi/requests@2.32.3");
        Assert.True(requests.Direct);
        Assert.False(requests.Development);
        Assert.Equal(["pkg:pypi/idna@3.7"], requests.DependsOn);
        var idna = Read.Single(lockfile, "pkg:pypi/idna@3.7");
        Assert.False(idna.Direct);
        Assert.Equal("1111111111111111111111111111111111111111111111111111111111111111", Assert.Single(idna.Hashes).Hex);
        var pytest = Read.Single(lockfile, "pkg:pypi/pytest@8.3.0");
        Assert.True(pytest.Direct);
        Assert.True(pytest.Development);
    }

    [Fact]
    public void Pipfile_lock_default_is_production_develop_is_development()
    {
        var text = $$"""
            {
                "_meta": {"hash": {"sha256": "x"}, "pipfile-spec": 6},
                "default": {
                    "requests": {"hashes": ["{{Sha}}", "{{Sdist}}"], "index": "pypi", "version": "==2.32.3"},
                    "mylib": {"git": "https://github.com/me/mylib.git", "ref": "0123abc"}
                },
                "develop": {
                    "pytest": {"hashes": [], "version": "==8.0.0"}
                }
            }
            """;

        var lockfile = Read.Lockfile("Pipfile.lock", text);

        var requests = Read.Single(lockfile, "pkg:pypi/requests@2.32.3");
        Assert.False(requests.Development);
        Assert.Equal(2, requests.Hashes.Count);
        Assert.Equal(4, requests.Location.Line);
        Assert.Equal("git+https://github.com/me/mylib.git", Read.Single(lockfile, "pkg:pypi/mylib@0123abc").VcsUrl);
        Assert.True(Read.Single(lockfile, "pkg:pypi/pytest@8.0.0").Development);
    }

    [Theory]
    [InlineData("""{"default": {"requests": {"version": 2}}}""", "package 'requests' has no '==' version (found Number 2)")]
    [InlineData("""{"default": {"requests": {}}}""", "package 'requests' has no '==' version (found no 'version')")]
    [InlineData("""{"default": []}""", "'default' is Array, not an object")]
    [InlineData("null", "the document is Null")]
    public void Pipfile_lock_entries_of_the_wrong_shape_are_errors(string text, string problem)
    {
        var error = Read.Error("Pipfile.lock", text);

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Pipfile.lock:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_requirements_with_extras_markers_hashes_and_continuations_are_read()
    {
        var text = $"""
            # pip-compile output
            --index-url https://pypi.org/simple
            -e ./local
            Django[argon2]==5.0.6 ; python_version >= "3.10" \
                --hash={Sha}
            zope.interface==6.4  # via something
            """;

        var lockfile = Read.Lockfile("requirements.txt", text);

        Assert.Equal(2, lockfile.Components.Count);
        var django = Read.Single(lockfile, "pkg:pypi/django@5.0.6");
        Assert.Equal(4, django.Location.Line);
        Assert.Single(django.Hashes);
        Assert.False(django.Development);
        Assert.True(Read.Lockfile("requirements-dev.txt", "pytest==8.0.0\n").Components[0].Development);
    }

    [Theory]
    [InlineData("requests>=2.0")]
    [InlineData("requests")]
    [InlineData("requests==2.*")]
    public void An_unpinned_requirement_is_an_error_naming_the_line(string requirement)
    {
        var error = Read.Error("requirements.txt", $"flask==3.0.0\n{requirement}\n");

        Assert.Equal(2, error.Line);
        Assert.Contains("is not pinned to one version", error.Message, StringComparison.Ordinal);
    }
}
