using System.Globalization;
using Toolkit.Core.IO;
using Toolkit.Gates.Policy.Images;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>The images pack: each image of the size report (<c>image_sizes</c>) within its <c>max_image_mb</c> budget, as a metric and a threshold.</summary>
internal static class ImageBudgetCheck
{
    public static CheckResult Run(string root, PolicyOptions options, IReadOnlySet<string> disabled)
    {
        if (options.ImageSizes is not { } sizesPath)
        {
            return CheckResult.Empty;
        }

        var full = Path.GetFullPath(sizesPath, root);
        var (text, unreadable) = UserFiles.ReadLooseText(full, sizesPath);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return new CheckResult([], [$"The image size report '{sizesPath}' does not exist. Fix: write it with docker image inspect, or correct 'image_sizes'."]);
        }

        if (text is null)
        {
            return new CheckResult([], [$"The image size report {unreadable} "]);
        }

        var (images, error) = ImageSizeReport.Parse(sizesPath, text);
        string[] problems = error is null ? [] : [error + " "];
        var findings = new List<Finding>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var thresholds = new List<ThresholdResult>();
        foreach (var image in images)
        {
            var name = image.Repository.Split('/')[^1];
            var metric = $"image_mb.{name}";
            metrics[metric] = Math.Round(image.Megabytes, 1);
            var location = new SourceLocation(sizesPath);
            if (ImageBudgets.Find(image.Repository, options.MaxImageMb) is not { } budget)
            {
                if (!disabled.Contains(PolicyRules.ImageNoBudget.Id))
                {
                    findings.Add(FindingSink.Create(PolicyRules.ImageNoBudget, location, $"{image.Tag} ({Mb(image.Megabytes)} MB) matches no max_image_mb entry."));
                }

                continue;
            }

            var passed = image.Megabytes <= budget.Megabytes;
            thresholds.Add(new ThresholdResult(metric, $"{metric}<={budget.Megabytes.ToString(CultureInfo.InvariantCulture)}", Math.Round(image.Megabytes, 1), passed));
            if (!passed && !disabled.Contains(PolicyRules.ImageSize.Id))
            {
                findings.Add(FindingSink.Create(PolicyRules.ImageSize, location, $"{image.Tag} is {Mb(image.Megabytes)} MB, over its {Mb(budget.Megabytes)} MB budget ('{budget.Key}')."));
            }
        }

        return new CheckResult(findings, problems) { Metrics = metrics, Thresholds = thresholds };
    }

    private static string Mb(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
