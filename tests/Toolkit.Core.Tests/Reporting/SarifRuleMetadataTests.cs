using System.Text.Json;
using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Reporting;

public sealed class SarifRuleMetadataTests
{
    [Fact]
    public void A_rules_description_and_fix_become_its_sarif_full_description_and_help()
    {
        var finding = new Finding("privileged-container", Severity.Error, "container 'app' is privileged", new SourceLocation("deploy/app.yaml", 12, 9), "https://example.com/rules/privileged-container",
            Properties: new Dictionary<string, string> { ["description"] = "Privileged containers can take over the node.", ["fix"] = "Remove securityContext.privileged." });
        var verdict = new GateVerdict("policy-ci", VerdictStatus.Fail, "1 error") { Findings = [finding] };

        using var sarif = JsonDocument.Parse(new SarifVerdictReporter().Render(verdict));

        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("Privileged containers can take over the node.", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Remove securityContext.privileged.", rule.GetProperty("help").GetProperty("text").GetString());
    }
}
