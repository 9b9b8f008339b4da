using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Licenses;
using Toolkit.Gates.SupplyChain.Rules;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Evaluates every checked head component's license expression against the allow/deny lists.</summary>
internal static class LicenseCheck
{
    public static LicenseResult Run(SupplyChainOptions options, IEnumerable<Component> head)
    {
        var policy = new LicensePolicy(options.LicenseAllow, options.LicenseDeny);
        var rows = new List<LicenseRow>();
        var findings = new List<Finding>();
        var violations = 0;
        var notRestored = new List<Component>();
        foreach (var component in CheckedComponents.Of(options, head))
        {
            var (decision, detail) = policy.Evaluate(component.License);
            rows.Add(new LicenseRow(component, decision == LicenseDecision.Allowed ? "allowed" : $"{decision.ToString().ToLowerInvariant()}: {detail}"));
            var where = component.Location.ToSource();
            switch (decision)
            {
                case LicenseDecision.Denied:
                    violations++;
                    findings.Add(SupplyChainRules.LicenseDenied.Report(Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or change 'licenses.deny'.", where) with { Title = $"{SupplyChainRules.LicenseDenied.Title} in {component.Name}" });
                    break;
                case LicenseDecision.NotAllowed:
                    violations++;
                    findings.Add(SupplyChainRules.LicenseNotAllowed.Report(Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or extend 'licenses.allow'.", where) with { Title = $"{SupplyChainRules.LicenseNotAllowed.Title} in {component.Name}" });
                    break;
                case LicenseDecision.Unknown or LicenseDecision.Invalid when options.UnknownLicenses != UnknownLicenseMode.Allow:
                    var fail = options.UnknownLicenses == UnknownLicenseMode.Fail;
                    if (fail)
                    {
                        violations++;
                    }

                    if (component.License is null && component.LicenseNote?.StartsWith(NuspecLicenses.NotRestoredNote, StringComparison.Ordinal) == true)
                    {
                        // Said once for all of them: the cause (and the fix) is the missing restore, not each package.
                        notRestored.Add(component);
                        break;
                    }

                    findings.Add(Unknown(component, decision, detail, fail));
                    break;
            }
        }

        if (notRestored.Count > 0)
        {
            findings.Add(NotRestored(notRestored, options.UnknownLicenses == UnknownLicenseMode.Fail));
        }

        return new LicenseResult(rows, findings, violations);
    }

    private static Finding Unknown(Component component, LicenseDecision decision, string detail, bool fail)
    {
        var rule = SupplyChainRules.LicenseUnknown;
        var known = component.LicenseUrl is null ? string.Empty : $" (license URL: {component.LicenseUrl})";
        known += component.LicenseNote is null ? string.Empty : $" ({component.LicenseNote})";
        var why = decision == LicenseDecision.Invalid ? $"'{component.License}' is not an SPDX expression ({detail})"
            : component.LicenseNote?.Contains("does not record", StringComparison.Ordinal) == true ? "its license is not recorded"
            : component.LicenseNote?.Contains("declares no license", StringComparison.Ordinal) == true ? "it declares no license"
            : "its license is unknown";
        return rule.Report(fail ? Severity.Error : Severity.Warning, $"{component.Name} {component.Version}: {why}{known}; check it and waive '{rule.Id}' for this package, or set 'licenses.unknown'.", component.Location.ToSource())
            with { Title = $"{rule.Title} in {component.Name}" };
    }

    /// <summary>One finding for every NuGet package whose nuspec is not on disk: which folders were searched and how to fill them.</summary>
    private static Finding NotRestored(List<Component> packages, bool fail)
    {
        var folders = packages[0].LicenseNote![NuspecLicenses.NotRestoredNote.Length..];
        var examples = string.Join(", ", packages.Take(3).Select(p => $"{p.Name} {p.Version}")) + (packages.Count > 3 ? ", ..." : string.Empty);
        return SupplyChainRules.LicenseUnknown.Report(
            fail ? Severity.Error : Severity.Warning,
            $"The licenses of {packages.Count} NuGet package(s) ({examples}) were not checked: their .nuspec files are not in {folders}. Run 'dotnet restore' before the gate (or set NUGET_PACKAGES to the folder restore fills) so they can be read.",
            packages[0].Location.ToSource()) with { Title = "NuGet packages not restored" };
    }
}
