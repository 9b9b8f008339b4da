namespace Toolkit.Gates.Performance.Tests;

/// <summary>The realistic result files under <c>Samples/</c>, copied next to the test assembly.</summary>
internal static class Samples
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));
}
