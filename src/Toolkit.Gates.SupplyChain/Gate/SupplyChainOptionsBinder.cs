using Toolkit.Core.Configuration;
using Toolkit.Gates.SupplyChain.Vulnerabilities;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>Binds <see cref="SupplyChainOptions"/> from the gate's gates.yml section, collecting every problem.</summary>
internal static class SupplyChainOptionsBinder
{
    public static (SupplyChainOptions Options, IReadOnlyList<ConfigDiagnostic> Problems) Read(GateSection? section)
    {
        var defaults = SupplyChainOptions.Default;
        if (section is null)
        {
            return (defaults, []);
        }

        var reader = section.Reader();
        var formats = reader.Has("sbom_formats") ? reader.StringList("sbom_formats") : defaults.SbomFormats;
        foreach (var format in formats.Where(f => f is not ("cyclonedx" or "spdx")))
        {
            reader.ReportAt("sbom_formats", $"'sbom_formats' lists '{format}'; use cyclonedx and/or spdx.", Suggestions.Nearest(format, ["cyclonedx", "spdx"]));
        }

        var licenses = reader.Mapping("licenses");
        var options = new SupplyChainOptions
        {
            SbomFormats = formats,
            OsvDatabase = reader.String("osv_database"),
            OsvApi = OsvApiOptionsReader.Read(reader),
            MaxNew = Budget(reader, "max_new") ?? defaults.MaxNew,
            MaxTotal = Budget(reader, "max_total") ?? defaults.MaxTotal,
            LicenseAllow = licenses?.StringList("allow") ?? [],
            LicenseDeny = licenses?.StringList("deny") ?? [],
            UnknownLicenses = licenses?.Choice("unknown", "warn", "fail", "warn", "allow") switch
            {
                "fail" => UnknownLicenseMode.Fail,
                "allow" => UnknownLicenseMode.Allow,
                _ => UnknownLicenseMode.Warn,
            },
            IncludeDev = reader.Bool("include_dev", defaults.IncludeDev),
            Artifacts = reader.StringList("artifacts"),
            AttestationsDirectory = reader.String("attestations_dir"),
            TrustedKeys = reader.StringList("trusted_keys"),
            Manifests = reader.StringList("manifests"),
            BaseRef = reader.GitRef("base"),
            DependencyReview = reader.Choice("dependency_review", "auto", "auto", "true", "false") switch
            {
                "true" => true,
                "false" => false,
                _ => null,
            },
        };
        licenses?.Finish();
        reader.Finish();
        return (options, reader.Diagnostics);
    }

    private static Dictionary<VulnerabilitySeverity, int>? Budget(SectionReader reader, string key)
    {
        if (reader.Raw(key) is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value))
        {
            // A single number is the budget of every severity: "max_new: 0" allows no new vulnerability at all.
            var all = reader.Int(key, 0, min: 0);
            return Severities.Known.ToDictionary(s => s, _ => all);
        }

        var mapping = reader.Mapping(key);
        if (mapping is null)
        {
            return null;
        }

        var budget = new Dictionary<VulnerabilitySeverity, int>();
        foreach (var severity in Severities.Known)
        {
            var name = Severities.Name(severity);
            if (mapping.Has(name))
            {
                budget[severity] = mapping.Int(name, 0, min: 0);
            }
        }

        // GitHub says "moderate"; CVSS says "medium": both are accepted.
        if (mapping.Has("medium") && !budget.ContainsKey(VulnerabilitySeverity.Moderate))
        {
            budget[VulnerabilitySeverity.Moderate] = mapping.Int("medium", 0, min: 0);
        }

        mapping.Finish();
        return budget;
    }
}
