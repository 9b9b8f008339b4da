using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Loading.OpenSlo;
using Toolkit.Gates.Slo.Loading.Pyrra;
using Toolkit.Gates.Slo.Loading.Sloth;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Recognises each object of a golden-paths file by <c>apiVersion</c>/<c>kind</c> (or <c>golden_paths:</c>,
/// <c>version: prometheus/v1</c>), reads it with its format's reader, and gathers the SLOs of each service into one
/// golden path. OpenSLO objects are read after all are registered, so references work in any order.
/// </summary>
internal sealed class SpecDocuments(string file, IReadOnlyList<Threshold> defaults)
{
    private readonly List<GoldenPath> ownPaths = [];
    private readonly List<ServiceSli> slis = [];
    private readonly List<string> kinds = [];
    private readonly List<(TimeSpan Period, IReadOnlyList<WindowPair> Pairs)> alertWindows = [];
    private CanarySpec? canary;

    public void Read(IReadOnlyList<SectionReader> readers)
    {
        var openSlo = new OpenSloDocuments();
        var v1 = new List<(SectionReader Reader, string Kind)>();
        foreach (var reader in readers)
        {
            var apiVersion = reader.String("apiVersion");
            var kind = reader.String("kind");
            if (reader.Has("golden_paths"))
            {
                var own = GoldenPathsReader.Read(reader);
                ownPaths.AddRange(own.Paths.Select(p => p.Thresholds.Count == 0 ? p with { Thresholds = defaults } : p));
                canary = own.Canary ?? canary;
                kinds.Add("golden_paths");
            }
            else if (reader.String("version") is { } version && apiVersion is null)
            {
                ReadSlothFile(reader, version);
            }
            else if (apiVersion is "openslo/v1" or "openslo/v1alpha")
            {
                if (!OpenSloKind(reader, kind, apiVersion))
                {
                    continue;
                }

                if (apiVersion == "openslo/v1alpha")
                {
                    slis.AddRange(OpenSloV1AlphaReader.Read(reader, kind!));
                }
                else
                {
                    openSlo.Register(reader, kind!);
                    v1.Add((reader, kind!));
                }
            }
            else
            {
                ReadKubernetes(reader, apiVersion, kind);
            }
        }

        foreach (var (reader, kind) in v1.Where(d => d.Kind != "SLO"))
        {
            openSlo.Validate(reader, kind);
        }

        foreach (var (reader, _) in v1.Where(d => d.Kind == "SLO"))
        {
            slis.AddRange(OpenSloSloReader.Read(reader, openSlo));
        }
    }

    /// <summary>The golden paths: own-format paths as written, then one per service of the upstream formats.</summary>
    public GoldenPathSet Build(List<ConfigDiagnostic> diagnostics)
    {
        var paths = new List<GoldenPath>(ownPaths);
        foreach (var group in slis.GroupBy(s => s.Service, StringComparer.Ordinal))
        {
            var first = group.First();
            var members = group.Select(s => WithAlertWindows(s.Sli)).ToList();
            foreach (var twice in members.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var at = twice.Skip(1).First().Location;
                diagnostics.Add(new ConfigDiagnostic(file, at.Line, at.Column, $"SLO '{twice.Key}' of service '{group.Key}' is declared twice; names must be unique within a service."));
            }

            paths.Add(new GoldenPath(group.Key, first.Owner, first.ServiceLocation) { Slis = members, Thresholds = defaults });
        }

        foreach (var duplicate in paths.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First().Location;
            diagnostics.Add(new ConfigDiagnostic(file, second.Line, second.Column, $"golden path '{duplicate.Key}' is declared twice; names must be unique."));
        }

        return new GoldenPathSet(file, paths) { Canary = canary, DocumentKinds = kinds };
    }

    private Sli WithAlertWindows(Sli sli) =>
        alertWindows.FirstOrDefault(w => w.Period == sli.Window) is { Pairs: { } pairs } ? sli with { AlertWindows = pairs } : sli;

    private bool OpenSloKind(SectionReader reader, string? kind, string apiVersion)
    {
        var allowed = apiVersion == "openslo/v1" ? OpenSloDocuments.Kinds : ["SLO", "Service"];
        if (kind is null || !allowed.Contains(kind, StringComparer.Ordinal))
        {
            reader.ReportAt("kind", $"kind '{kind}' is not an {apiVersion} kind; use one of {string.Join(", ", allowed)}.", kind is null ? null : Suggestions.Nearest(kind, allowed));
            return false;
        }

        kinds.Add($"{apiVersion} {kind}");
        return true;
    }

    private void ReadSlothFile(SectionReader reader, string version)
    {
        if (version != "prometheus/v1")
        {
            reader.ReportAt("version", $"Sloth spec version '{version}' is not supported; write version: prometheus/v1.");
            return;
        }

        kinds.Add("sloth prometheus/v1");
        reader.Has("version");
        slis.AddRange(SlothReader.Read(reader, reader, kubernetes: false));
    }

    private void ReadKubernetes(SectionReader reader, string? apiVersion, string? kind)
    {
        switch ((apiVersion, kind))
        {
            case ("sloth.slok.dev/v1", "PrometheusServiceLevel"):
                kinds.Add("sloth.slok.dev/v1 PrometheusServiceLevel");
                if (reader.Mapping("spec") is { } spec)
                {
                    slis.AddRange(SlothReader.Read(reader, spec, kubernetes: true));
                }
                else
                {
                    reader.Report(reader.Node, "a PrometheusServiceLevel needs spec.");
                }

                break;
            case ("sloth.slok.dev/v1", "AlertWindows"):
                kinds.Add("sloth.slok.dev/v1 AlertWindows");
                if (SlothAlertWindows.Read(reader) is { } windows)
                {
                    alertWindows.Add(windows);
                }

                break;
            case ("pyrra.dev/v1alpha1", "ServiceLevelObjective"):
                kinds.Add("pyrra.dev/v1alpha1 ServiceLevelObjective");
                slis.AddRange(PyrraReader.Read(reader));
                break;
            case (null, _):
                reader.Report(reader.Node, "unrecognised document: expected 'golden_paths:', OpenSLO (apiVersion: openslo/v1 or openslo/v1alpha), Sloth (version: prometheus/v1, or apiVersion: sloth.slok.dev/v1) or Pyrra (apiVersion: pyrra.dev/v1alpha1).");
                break;
            default:
                reader.ReportAt(apiVersion.StartsWith("openslo/", StringComparison.Ordinal) ? "apiVersion" : "kind",
                    $"'{apiVersion}' kind '{kind}' is not supported; slo-gates reads openslo/v1 and openslo/v1alpha, sloth.slok.dev/v1 PrometheusServiceLevel and AlertWindows, and pyrra.dev/v1alpha1 ServiceLevelObjective.");
                break;
        }
    }
}
