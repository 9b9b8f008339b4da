using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Rules;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests;

/// <summary>Where licenses come from, and saying so when they could not be read (never a silent "unknown").</summary>
public sealed class LicenseSourceTests
{
    [Fact]
    public async Task Without_a_restored_package_folder_the_gate_says_once_which_folder_it_searched_and_to_run_dotnet_restore()
    {
        // Given a repository with two NuGet packages, unknown licenses warned about, and an empty package folder
        using var repository = new SupplyChainSampleRepository();
        repository.Repo.Write("src/Api/packages.lock.json", Samples.PackagesLock(("Serilog", "3.1.1", "Direct", []), ("Polly", "8.2.0", "Direct", [])));
        repository.Config(string.Empty);
        repository.Repo.Write(".github/gates.yml", File.ReadAllText(repository.Repo.Directory.Combine(".github", "gates.yml")).Replace("unknown: allow", "unknown: warn", StringComparison.Ordinal));
        using var folder = new TempDirectory();

        // When the gate runs
        var verdict = await RunAsync(repository, new SupplyChainGate(packageFolders: [folder.Path]));

        // Then one finding names the folder and the fix, instead of one "unknown" per package
        var finding = Assert.Single(verdict.Findings, f => f.RuleId == SupplyChainRules.LicenseUnknown.Id);
        Assert.Contains("The licenses of 2 NuGet package(s)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(folder.Path, finding.Message, StringComparison.Ordinal);
        Assert.Contains("Run 'dotnet restore' before the gate", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nuspec_licenses_are_read_with_nugets_reader_expressions_files_and_urls()
    {
        // Given nuspecs with an expression, a license file, and only a licenses.nuget.org URL
        using var folder = new TempDirectory();
        folder.Write("a/1.0.0/a.nuspec", Nuspec("a", "<license type=\"expression\">MIT OR Apache-2.0</license>"));
        folder.Write("b/1.0.0/b.nuspec", Nuspec("b", "<license type=\"file\">LICENSE.txt</license><licenseUrl>https://aka.ms/deprecateLicenseUrl</licenseUrl>"));
        folder.Write("c/1.0.0/c.nuspec", Nuspec("c", "<licenseUrl>https://licenses.nuget.org/BSD-3-Clause</licenseUrl>"));
        var licenses = new NuspecLicenses([folder.Path]);

        // When each is looked up (and one that is not there)
        var a = licenses.Find("A", "1.0");
        var b = licenses.Find("b", "1.0.0");
        var c = licenses.Find("c", "1.0.0");
        var d = licenses.Find("d", "1.0.0");

        // Then the expression, the file, the URL's expression and the missing folder entry each come through
        Assert.Equal("MIT OR Apache-2.0", a.Expression);
        Assert.Null(b.Expression);
        Assert.Contains("the file 'LICENSE.txt' inside the package", b.Note, StringComparison.Ordinal);
        Assert.Equal("BSD-3-Clause", c.Expression);
        Assert.Equal(NuspecLicenses.NotRestoredNote + folder.Path, d.Note);
    }

    private static string Nuspec(string id, string license) =>
        $"""<?xml version="1.0"?><package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><id>{id}</id><version>1.0.0</version><authors>x</authors><description>x</description>{license}</metadata></package>""";

    private static async Task<GateVerdict> RunAsync(SupplyChainSampleRepository repository, SupplyChainGate gate)
    {
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(repository.Repo.Path, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var options = new RunOptions(repository.Repo.Path, repository.Repo.Directory.Combine("artifacts", "gates")) { BaseRef = "HEAD" };
        return (await new GateRunner().RunAsync(gate, loaded.Value!, options, CancellationToken.None)).Verdict;
    }
}
