using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Tests.Waivers;

public sealed class WaiverEngineTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Waiver Waive(string rule, string path = "**", int expiresInDays = 30) =>
        new("supply-chain", rule, path, "accepted risk", "@team", Today.AddDays(expiresInDays), new SourceLocation(".github/gates.yml", 7, 5));

    private static Finding Finding(string rule, string path = "src/app.csproj") =>
        new(rule, Severity.Error, $"{rule} found", new SourceLocation(path, 3));

    [Fact]
    public void A_live_waiver_moves_the_matching_finding_to_waived()
    {
        var result = WaiverEngine.Apply([Finding("GHSA-1"), Finding("GHSA-2")], [Waive("GHSA-1")], Today);

        Assert.Equal("GHSA-2", Assert.Single(result.Remaining).RuleId);
        Assert.Equal("GHSA-1", Assert.Single(result.Waived).Finding.RuleId);
    }

    [Fact]
    public void A_waiver_is_live_through_its_expiry_day()
    {
        var result = WaiverEngine.Apply([Finding("GHSA-1")], [Waive("GHSA-1", expiresInDays: 0)], Today);

        Assert.Empty(result.Remaining);
    }

    [Fact]
    public void An_expired_waiver_waives_nothing_and_is_an_error_at_its_declaration()
    {
        var result = WaiverEngine.Apply([Finding("GHSA-1")], [Waive("GHSA-1", expiresInDays: -1)], Today);

        Assert.Empty(result.Waived);
        var expired = Assert.Single(result.Remaining, f => f.RuleId == WaiverRules.Expired);
        Assert.Equal(Severity.Error, expired.Severity);
        Assert.Equal(7, expired.Location!.Line);
        Assert.Contains("expired on 2026-11-20", expired.Message, StringComparison.Ordinal);
        Assert.Contains(result.Remaining, f => f.RuleId == "GHSA-1");
    }

    [Fact]
    public void A_waiver_that_matches_nothing_is_a_warning()
    {
        var result = WaiverEngine.Apply([], [Waive("GHSA-9")], Today);

        var unused = Assert.Single(result.Remaining);
        Assert.Equal((WaiverRules.Unused, Severity.Warning), (unused.RuleId, unused.Severity));
    }

    [Fact]
    public void A_waiver_matches_an_alias_of_the_finding()
    {
        var finding = Finding("GHSA-xxxx-yyyy-zzzz") with { Aliases = ["CVE-2024-1234"] };

        var result = WaiverEngine.Apply([finding], [Waive("CVE-2024-1234")], Today);

        Assert.Single(result.Waived);
    }

    [Fact]
    public void A_waiver_is_limited_to_its_path_glob()
    {
        var result = WaiverEngine.Apply(
            [Finding("ban-drop-column", "db/legacy/001.sql"), Finding("ban-drop-column", "db/migrations/002.sql")],
            [Waive("ban-drop-column", "db/legacy/**")],
            Today);

        Assert.Equal("db/migrations/002.sql", Assert.Single(result.Remaining).Location!.Path);
    }

    [Fact]
    public void Rule_wildcards_match_families_of_rules()
    {
        var result = WaiverEngine.Apply([Finding("prefer-bigint-over-int"), Finding("prefer-timestamptz")], [Waive("prefer-*")], Today);

        Assert.Empty(result.Remaining);
        Assert.Equal(2, result.Waived.Count);
    }

    [Fact]
    public void The_reason_a_gate_could_not_evaluate_is_never_waived()
    {
        var outcome = GateOutcome.CouldNotEvaluate("Prometheus unreachable");

        var result = WaiverEngine.Apply(outcome.Findings, [Waive("*")], Today);

        Assert.Contains(result.Remaining, f => f.RuleId == GateOutcome.CouldNotEvaluateRule);
        Assert.Empty(result.Waived);
    }
}
