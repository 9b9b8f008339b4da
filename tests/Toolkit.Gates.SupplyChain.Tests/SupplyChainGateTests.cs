using System.Text.Json;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests;

public sealed class SupplyChainGateTests
{
    private const string FutureWaiver = $"""

          - gate: supply-chain
            rule: {SupplyChainSampleRepository.CriticalCve}
            reason: not reachable from our code paths
            owner: "@org/security"
            expires: 2099-12-31
        """;

    private const string ExpiredWaiver = $"""

          - gate: supply-chain
            rule: {SupplyChainSampleRepository.CriticalCve}
            reason: was not reachable
            owner: "@org/security"
            expires: 2020-01-31
        """;

    [Fact]
    public async Task An_unchanged_repository_passes_and_writes_schema_valid_sboms()
    {
        // Given the base repository with no dependency change
        using var repo = new SupplyChainSampleRepository();

        // When the gate runs against HEAD
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then it passes and the CycloneDX evidence validates against the official schema
        Assert.True(exit == 0, repo.Out + repo.Error);
        var errors = KnownSchemas.Validator.Validate(repo.Evidence("sbom.cdx.json"), KnownSchemas.CycloneDx16);
        Assert.Empty(errors);
        Assert.Contains("\"spdxVersion\": \"SPDX-2.3\"", repo.Evidence("sbom.spdx.json"), StringComparison.Ordinal);
        Assert.Contains("\"changes\": []", repo.Evidence("sbom-diff.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pr_adding_a_package_with_a_known_critical_advisory_fails()
    {
        // Given a head that adds Acme.Json 2.0.0 (critical advisory, fixed in 2.0.1)
        using var repo = new SupplyChainSampleRepository();
        repo.AddVulnerablePackage();

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then it fails, naming the advisory, the fixed version and the lockfile line
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        var finding = verdict.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == SupplyChainSampleRepository.CriticalAdvisory);
        Assert.Contains("fixed in 2.0.1", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("src/Api/packages.lock.json", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.True(finding.GetProperty("location").GetProperty("line").GetInt32() > 1);
        Assert.Equal(1, verdict.RootElement.GetProperty("metrics").GetProperty("new_critical").GetInt32());
        var report = repo.Evidence("supply-chain-report.md");
        Assert.Contains("| added | Acme.Json | - → 2.0.0 | critical GHSA-7x3q-9c4m-qh2w (fixed in 2.0.1) |", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advisory_with_only_a_cvss_v4_vector_is_rated_from_its_computed_score()
    {
        // Given the critical advisory replaced by one whose only severity is a CVSS v4 vector (7.7, high)
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("osv/GHSA-7x3q-9c4m-qh2w.json", Samples.Osv(SupplyChainSampleRepository.CriticalAdvisory, "NuGet", "Acme.Json", "0", "2.0.1", aliases: [SupplyChainSampleRepository.CriticalCve], cvssV4: Samples.HighV4));
        repo.AddVulnerablePackage();

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then the finding is high, with the v4 score, rating, version and vector
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        var finding = verdict.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == SupplyChainSampleRepository.CriticalAdvisory);
        var properties = finding.GetProperty("properties");
        Assert.Equal("high", properties.GetProperty("advisory_severity").GetString());
        Assert.Equal("7.7", properties.GetProperty("cvss_score").GetString());
        Assert.Equal("high", properties.GetProperty("cvss_rating").GetString());
        Assert.Equal("4.0", properties.GetProperty("cvss_version").GetString());
        Assert.Equal(Samples.HighV4, properties.GetProperty("cvss_vector").GetString());
        Assert.Equal(1, verdict.RootElement.GetProperty("metrics").GetProperty("new_high").GetInt32());
    }

    [Fact]
    public async Task A_critical_advisory_waived_by_its_cve_alias_until_a_future_date_passes()
    {
        // Given the vulnerable head and a live waiver on the advisory's CVE alias
        using var repo = new SupplyChainSampleRepository();
        repo.AddVulnerablePackage();
        repo.Config(string.Empty, FutureWaiver);

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then it passes and the advisory is listed as waived
        Assert.True(exit == 0, repo.Out + repo.Error);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        Assert.Equal("pass", verdict.RootElement.GetProperty("verdict").GetString());
        Assert.Single(verdict.RootElement.GetProperty("waived").EnumerateArray());
        Assert.Contains("waived", repo.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_waiver_fails_again_once_it_has_expired()
    {
        // Given the vulnerable head and a waiver that expired
        using var repo = new SupplyChainSampleRepository();
        repo.AddVulnerablePackage();
        repo.Config(string.Empty, ExpiredWaiver);

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then it fails on both the advisory and the expired waiver
        Assert.Equal(1, exit);
        var verdict = repo.Verdict();
        Assert.Contains(SupplyChainSampleRepository.CriticalAdvisory, verdict, StringComparison.Ordinal);
        Assert.Contains("expired", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vulnerability_already_on_the_base_is_reported_but_does_not_fail()
    {
        // Given a base that already has lodash 4.17.20 with a moderate advisory, and a head that keeps it
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("web/package-lock.json", SupplyChainSampleRepository.NpmLock(("node_modules/lodash", "4.17.20", "MIT", false, [])));
        repo.Repo.Commit("old lodash");
        repo.Config("    max_new: {critical: 0, high: 0, moderate: 0}");

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then the advisory is a note, not a failure
        Assert.True(exit == 0, repo.Out + repo.Error);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        var finding = verdict.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "GHSA-2222-3333-4444");
        Assert.Equal("note", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task A_denied_license_expression_fails()
    {
        // Given a head that adds an npm package licensed GPL-3.0-only AND MIT
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("web/package-lock.json", SupplyChainSampleRepository.NpmLock(("node_modules/lodash", "4.17.21", "MIT", false, []), ("node_modules/copyleft", "1.0.0", "(GPL-3.0-only AND MIT)", false, [])));

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then it fails on the license, at the package's line
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        var finding = verdict.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "supply-chain/license-denied");
        Assert.Equal("web/package-lock.json", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Contains("GPL-3.0-only", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, verdict.RootElement.GetProperty("metrics").GetProperty("license_violations").GetInt32());
    }

    [Theory]
    [InlineData("supply-chain/license-denied")]
    [InlineData("license/denied")]
    public async Task A_waiver_on_the_license_rule_matches_by_its_id_or_its_former_id(string rule)
    {
        // Given a denied license and a live waiver naming the rule by its id, or by the id it had before the prefix
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("web/package-lock.json", SupplyChainSampleRepository.NpmLock(("node_modules/copyleft", "1.0.0", "GPL-3.0-only", false, [])));
        repo.Config(string.Empty, $"""

              - gate: supply-chain
                rule: {rule}
                reason: vendored under a commercial license
                owner: "@org/legal"
                expires: 2099-12-31
            """);

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then the finding is waived either way, and carries its former id as an alias
        Assert.True(exit == 0, repo.Out + repo.Error);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        Assert.Equal("pass", verdict.RootElement.GetProperty("verdict").GetString());
        var finding = Assert.Single(verdict.RootElement.GetProperty("waived").EnumerateArray()).GetProperty("finding");
        Assert.Equal("supply-chain/license-denied", finding.GetProperty("rule_id").GetString());
        Assert.Equal(["license/denied"], finding.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_unknown_key_in_the_section_is_an_input_error_that_names_the_line()
    {
        // Given a typo in the gate's section
        using var repo = new SupplyChainSampleRepository();
        repo.Config("    osv_databse: osv");

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then gates.yml is refused when it loads (as `gate config validate` does): exit 2 with file:line and a suggestion
        Assert.Equal(2, exit);
        Assert.Contains(".github/gates.yml:11:5", repo.Error, StringComparison.Ordinal);
        Assert.Contains("osv_database", repo.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_lockfile_fails_closed_with_its_line()
    {
        // Given a package-lock.json with a syntax error
        using var repo = new SupplyChainSampleRepository();
        repo.Repo.Write("web/package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {,\n  }\n}\n");

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain");

        // Then it is an error at that file and line, not a pass
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        Assert.Equal("error", verdict.RootElement.GetProperty("verdict").GetString());
        var location = verdict.RootElement.GetProperty("findings")[0].GetProperty("location");
        Assert.Equal("web/package-lock.json", location.GetProperty("path").GetString());
        Assert.Equal(4, location.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task An_unknown_base_ref_fails_closed()
    {
        // Given a base ref that does not exist
        using var repo = new SupplyChainSampleRepository();

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "no-such-branch");

        // Then it cannot evaluate, and says how to fetch the base
        Assert.Equal(1, exit);
        Assert.Contains("fetch-depth: 0", repo.Verdict(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_number_budget_fails_a_new_moderate_vulnerability()
    {
        // Given "max_new: 0" and a head that downgrades lodash into a moderate advisory
        using var repo = new SupplyChainSampleRepository();
        repo.Config("    max_new: 0");
        repo.Repo.Write("web/package-lock.json", SupplyChainSampleRepository.NpmLock(("node_modules/lodash", "4.17.20", "MIT", false, [])));

        // When the gate runs
        var exit = await repo.RunAsync("supply-chain", "--base", "HEAD");

        // Then the moderate advisory breaks the budget and the threshold says so
        Assert.Equal(1, exit);
        using var verdict = JsonDocument.Parse(repo.Verdict());
        Assert.Contains(verdict.RootElement.GetProperty("thresholds").EnumerateArray(), t => t.GetProperty("expression").GetString() == "new_moderate<=0" && !t.GetProperty("passed").GetBoolean());
        Assert.Contains("| downgraded | lodash | 4.17.21 → 4.17.20 |", repo.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }
}
