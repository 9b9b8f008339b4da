using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Licenses;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>Evaluates every head component's license expression against the allow/deny lists.</summary>
    private static void CheckLicenses(Evaluation state)
    {
        var options = state.Options;
        var policy = new LicensePolicy(options.LicenseAllow, options.LicenseDeny);
        var notRestored = new List<Inventory.Component>();
        foreach (var component in Checked(state, state.Head.Components))
        {
            var (decision, detail) = policy.Evaluate(component.License);
            state.LicenseRows.Add((component, decision == LicenseDecision.Allowed ? "allowed" : $"{decision.ToString().ToLowerInvariant()}: {detail}"));
            var where = component.Location.ToSource();
            switch (decision)
            {
                case LicenseDecision.Denied:
                    state.LicenseViolations++;
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseDenied, Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or change 'licenses.deny'.", where) { Title = $"Denied license in {component.Name}" });
                    break;
                case LicenseDecision.NotAllowed:
                    state.LicenseViolations++;
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseNotAllowed, Severity.Error, $"{component.Name} {component.Version} is licensed '{component.License}', {detail}; replace the package or extend 'licenses.allow'.", where) { Title = $"License not allowed in {component.Name}" });
                    break;
                case LicenseDecision.Unknown or LicenseDecision.Invalid when options.UnknownLicenses != UnknownLicenseMode.Allow:
                    var fail = options.UnknownLicenses == UnknownLicenseMode.Fail;
                    if (fail)
                    {
                        state.LicenseViolations++;
                    }

                    if (component.License is null && component.LicenseNote?.StartsWith(Inventory.NuspecLicenses.NotRestoredNote, StringComparison.Ordinal) == true)
                    {
                        // Said once for all of them: the cause (and the fix) is the missing restore, not each package.
                        notRestored.Add(component);
                        break;
                    }

                    var known = component.LicenseUrl is null ? string.Empty : $" (license URL: {component.LicenseUrl})";
                    known += component.LicenseNote is null ? string.Empty : $" ({component.LicenseNote})";
                    var why = decision == LicenseDecision.Invalid ? $"'{component.License}' is not an SPDX expression ({detail})"
                        : component.LicenseNote?.Contains("does not record", StringComparison.Ordinal) == true ? "its license is not recorded"
                        : component.LicenseNote?.Contains("declares no license", StringComparison.Ordinal) == true ? "it declares no license"
                        : "its license is unknown";
                    state.Findings.Add(new Finding(SupplyChainRules.LicenseUnknown, fail ? Severity.Error : Severity.Warning, $"{component.Name} {component.Version}: {why}{known}; check it and waive '{SupplyChainRules.LicenseUnknown}' for this package, or set 'licenses.unknown'.", where) { Title = $"Unknown license in {component.Name}" });
                    break;
            }
        }

        ReportNotRestored(state, notRestored);
    }

    /// <summary>One finding for every NuGet package whose nuspec is not on disk: which folders were searched and how to fill them.</summary>
    private static void ReportNotRestored(Evaluation state, List<Inventory.Component> packages)
    {
        if (packages.Count == 0)
        {
            return;
        }

        var fail = state.Options.UnknownLicenses == UnknownLicenseMode.Fail;
        var folders = packages[0].LicenseNote![Inventory.NuspecLicenses.NotRestoredNote.Length..];
        var examples = string.Join(", ", packages.Take(3).Select(p => $"{p.Name} {p.Version}")) + (packages.Count > 3 ? ", ..." : string.Empty);
        state.Findings.Add(new Finding(
            SupplyChainRules.LicenseUnknown,
            fail ? Severity.Error : Severity.Warning,
            $"The licenses of {packages.Count} NuGet package(s) ({examples}) were not checked: their .nuspec files are not in {folders}. Run 'dotnet restore' before the gate (or set NUGET_PACKAGES to the folder restore fills) so they can be read.",
            packages[0].Location.ToSource()) { Title = "NuGet packages not restored" });
    }
}
