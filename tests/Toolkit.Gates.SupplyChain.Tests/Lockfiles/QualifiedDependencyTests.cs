namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>
/// Since h17a's readers met h17b's purls, a package from git carries <c>vcs_url</c> in its purl: what depends on it
/// must name that same purl, or the SBOM's dependency graph would point at a bom-ref that does not exist.
/// </summary>
public sealed class QualifiedDependencyTests
{
    private const string YarnV1 = """
        # yarn lockfile v1


        app@^1.0.0:
          version "1.0.0"
          resolved "https://registry.yarnpkg.com/app/-/app-1.0.0.tgz"
          dependencies:
            mylib "git+https://github.com/me/mylib.git#abc"

        mylib@git+https://github.com/me/mylib.git#abc:
          version "1.0.0"
          resolved "git+https://github.com/me/mylib.git#abc"
        """;

    [Fact]
    public void A_dependency_on_a_git_package_names_its_purl_with_vcs_url()
    {
        // Given a yarn lockfile where a registry package depends on a git one
        // When it is read
        var lockfile = Read.Lockfile("yarn.lock", YarnV1);

        // Then the git package's purl has vcs_url and the dependent names exactly that purl
        var mylib = Read.Single(lockfile, "pkg:npm/mylib@1.0.0");
        Assert.Contains("?vcs_url=", mylib.Purl, StringComparison.Ordinal);
        Assert.Equal([mylib.Purl], Read.Single(lockfile, "pkg:npm/app@1.0.0").DependsOn);
    }
}
