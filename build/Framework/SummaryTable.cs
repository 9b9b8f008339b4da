using System.Globalization;

namespace Toolkit.Build.Framework;

/// <summary>Writes the task summary Cake prints at the end of a build.</summary>
public static class SummaryTable
{
    /// <summary>Writes one row per planned task, then the total.</summary>
    public static void Write(BuildReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var width = Math.Max(20, report.Results.Select(r => r.Name.Length).DefaultIfEmpty(0).Max() + 2);
        var rule = new string('-', width + 26);
        output.WriteLine();
        output.WriteLine($"{"Task".PadRight(width)}{"Duration",-14}Result");
        output.WriteLine(rule);
        foreach (var result in report.Results)
        {
            var duration = result.Outcome == TaskOutcome.NotRun ? "-" : Format(result.Duration);
            output.WriteLine($"{result.Name.PadRight(width)}{duration,-14}{Describe(result.Outcome)}");
        }

        output.WriteLine(rule);
        output.WriteLine($"{"Total".PadRight(width)}{Format(report.Total)}");
    }

    /// <summary>A duration as Cake shows it: hours, minutes, seconds and hundredths.</summary>
    public static string Format(TimeSpan duration) => duration.ToString(@"hh\:mm\:ss\.ff", CultureInfo.InvariantCulture);

    private static string Describe(TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Succeeded => "Succeeded",
        TaskOutcome.Failed => "Failed",
        _ => "Not run",
    };
}
