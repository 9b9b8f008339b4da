using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Governance;
using Toolkit.Gates.Policy.Images;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy;

internal sealed partial class PolicyEvaluator
{
    private async Task<GateOutcome> BuildOutcomeAsync(string root, IReadOnlyList<FileResult> results, IReadOnlyList<string> notChecked, IReadOnlySet<string> disabled, CancellationToken cancellationToken)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        var counts = results.Aggregate(ScanCounts.Zero, (a, r) => a.Add(r.Counts));
        var alerts = results.Aggregate(AlertStats.Empty, (a, r) => a.Add(r.Alerts));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        var problems = errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: {e.Message}").Concat(notChecked).ToList();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["files_checked"] = counts.Files,
            ["kubernetes_documents"] = counts.KubernetesDocuments,
            ["workflows"] = counts.Workflows + counts.Actions,
            ["dockerfiles"] = counts.Dockerfiles,
        };
        var thresholds = new List<ThresholdResult>();
        var evidence = new List<EvidenceItem>();

        var rules = results.Aggregate(RuleSet.Empty, (a, r) => a.Add(r.Rules));
        NoiseReport? noise = null;
        string? details = null;
        if (options.Runs(PolicyPacks.Alerts))
        {
            noise = await CheckAlertsAsync(root, rules, disabled, findings, problems, cancellationToken).ConfigureAwait(false);
            if (noise is not null)
            {
                metrics["alert_firings_per_day"] = noise.HeadPerDay;
                if (noise.BasePerDay is { } before)
                {
                    metrics["base_alert_firings_per_day"] = before;
                }

                if (noise.ChangePct is { } change)
                {
                    metrics["alert_noise_change_pct"] = change;
                }

                details = NoiseMarkdown.Build(noise, options.AlertHistory);
            }
        }

        if (options.Runs(PolicyPacks.Alerts) && alerts.Alerts > 0)
        {
            metrics["alerts"] = alerts.Alerts;
            metrics["sev12_alerts"] = alerts.Paging;
            metrics["sev12_runbook_coverage_pct"] = alerts.RunbookCoverage;
            metrics["sev12_owner_coverage_pct"] = alerts.OwnerCoverage;
            thresholds.Add(new ThresholdResult("sev12_runbook_coverage_pct", "sev12_runbook_coverage_pct==100", alerts.RunbookCoverage, alerts.PagingWithRunbook == alerts.Paging));
            thresholds.Add(new ThresholdResult("sev12_owner_coverage_pct", "sev12_owner_coverage_pct==100", alerts.OwnerCoverage, alerts.PagingWithOwner == alerts.Paging));
            if (await WriteHygieneAsync(HygieneReport.Build(alerts, rules, findings, noise, options), cancellationToken).ConfigureAwait(false) is { } item)
            {
                evidence.Add(item);
            }
        }

        if (options.Runs(PolicyPacks.Governance))
        {
            var governance = await GovernancePolicy.CheckAsync(root, options, environment, RequiredChecks, disabled, cancellationToken).ConfigureAwait(false);
            findings.AddRange(governance.Findings);
            foreach (var note in governance.Notes)
            {
                await Log.WriteLineAsync($"policy-ci: {note}").ConfigureAwait(false);
            }

            if (governance.Error is not null)
            {
                problems.Add("Governance could not be checked: " + governance.Error);
            }
        }

        if (options.Runs(PolicyPacks.Images) && options.ImageSizes is { } sizesPath)
        {
            var full = Path.GetFullPath(sizesPath, root);
            var (text, unreadable) = UserFiles.ReadLooseText(full, sizesPath);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                problems.Add($"The image size report '{sizesPath}' does not exist. Fix: write it with docker image inspect, or correct 'image_sizes'.");
            }
            else if (text is null)
            {
                problems.Add($"The image size report {unreadable} ");
            }
            else
            {
                var (images, error) = ImageSizeReport.Parse(sizesPath, text);
                if (error is not null)
                {
                    problems.Add(error + " ");
                }

                CheckImages(sizesPath, images, disabled, findings, metrics, thresholds);
            }
        }

        var summary = Summary(counts, findings);
        if (problems.Count > 0)
        {
            var first = errors.FirstOrDefault();
            var location = first is null ? null : new SourceLocation(first.Path, first.Line, first.Column);
            var error = GateOutcome.CouldNotEvaluate(string.Join(" ", problems), location);
            return error with { Summary = $"{summary}; could not evaluate: {problems.Count} problem(s)", Findings = [.. error.Findings, .. findings], Metrics = metrics, Thresholds = thresholds, Evidence = evidence, Details = details };
        }

        return new GateOutcome(summary) { Findings = findings, Metrics = metrics, Thresholds = thresholds, Evidence = evidence, Details = details };
    }

    private void CheckImages(string sizesPath, IReadOnlyList<ImageSize> images, IReadOnlySet<string> disabled, List<Finding> findings, Dictionary<string, double> metrics, List<ThresholdResult> thresholds)
    {
        foreach (var image in images)
        {
            var name = image.Repository.Split('/')[^1];
            var metric = $"image_mb.{name}";
            metrics[metric] = Math.Round(image.Megabytes, 1);
            var location = new SourceLocation(sizesPath);
            if (ImageBudgets.Find(image.Repository, options.MaxImageMb) is not { } budget)
            {
                if (!disabled.Contains(RuleCatalog.ImageNoBudget.Id))
                {
                    findings.Add(FindingSink.Create(RuleCatalog.ImageNoBudget, location, $"{image.Tag} ({Mb(image.Megabytes)} MB) matches no max_image_mb entry."));
                }

                continue;
            }

            var passed = image.Megabytes <= budget.Megabytes;
            thresholds.Add(new ThresholdResult(metric, $"{metric}<={budget.Megabytes.ToString(CultureInfo.InvariantCulture)}", Math.Round(image.Megabytes, 1), passed));
            if (!passed && !disabled.Contains(RuleCatalog.ImageSize.Id))
            {
                findings.Add(FindingSink.Create(RuleCatalog.ImageSize, location, $"{image.Tag} is {Mb(image.Megabytes)} MB, over its {Mb(budget.Megabytes)} MB budget ('{budget.Key}')."));
            }
        }
    }

    private async Task<EvidenceItem?> WriteHygieneAsync(AlertHygieneReport report, CancellationToken cancellationToken)
    {
        if (EvidenceDirectory is null)
        {
            return null;
        }

        Directory.CreateDirectory(EvidenceDirectory);
        var path = Path.Combine(EvidenceDirectory, "alert-hygiene.json");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(report, PolicyJsonContext.Default.AlertHygieneReport);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        var relative = Path.GetFileName(EvidenceDirectory) + "/alert-hygiene.json";
        return new EvidenceItem(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static string Summary(ScanCounts counts, List<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return string.Create(CultureInfo.InvariantCulture,
            $"{counts.Files} files checked ({counts.KubernetesDocuments} Kubernetes documents, {counts.Workflows + counts.Actions} workflows/actions, {counts.Dockerfiles} Dockerfiles, {counts.AlertRuleFiles} alert rule files): {errors} errors, {warnings} warnings");
    }

    private static string Mb(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
