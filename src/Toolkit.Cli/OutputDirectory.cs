using Toolkit.Core.Runtime;

namespace Toolkit.Cli;

/// <summary>
/// Checks up front that reports can be written, so an unwritable output directory (a container user that does not own
/// the mounted workspace) is one clear sentence and exit 2, not an exception halfway through a run.
/// </summary>
internal static class OutputDirectory
{
    /// <summary>Set in the toolkit's container image, where the fix is about the image's user.</summary>
    public const string ContainerVariable = "TOOLKIT_CONTAINER";

    /// <summary>Null when <paramref name="directory"/> exists (created when missing) and takes a file; else why not.</summary>
    public static string? Problem(string directory, RunEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".gate-write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var fix = string.Equals(host[ContainerVariable], "true", StringComparison.OrdinalIgnoreCase)
                ? "The toolkit's container image runs as uid 1001, the runner user of GitHub-hosted runners; on a runner whose workspace belongs to another user, make the workspace writable for uid 1001, or set the action's 'out' input to a writable directory."
                : "Pass a writable directory to --out.";
            return $"error: cannot write reports to '{directory}': {ex.Message} {fix}";
        }
    }
}
