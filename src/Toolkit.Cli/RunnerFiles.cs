using Toolkit.Core.Runtime;

namespace Toolkit.Cli;

/// <summary>
/// The runner's files a step writes to (<c>GITHUB_OUTPUT</c>, <c>GITHUB_STEP_SUMMARY</c>). Checked before anything
/// runs: outputs that silently go nowhere would let a later step read an empty verdict, so an unwritable one is exit 2.
/// </summary>
internal static class RunnerFiles
{
    /// <summary>Why a set runner file cannot be appended to, or null when each one set can be.</summary>
    public static string? Problem(RunEnvironment host)
    {
        foreach (var (name, path) in new[] { ("GITHUB_OUTPUT", host.OutputPath), ("GITHUB_STEP_SUMMARY", host.StepSummaryPath) })
        {
            if (string.IsNullOrEmpty(path))
            {
                continue;
            }

            try
            {
                if (Directory.Exists(path))
                {
                    return $"error: {name} ({path}) is a directory; the runner sets it to a file the step appends to.";
                }

                using var _ = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"error: cannot write {name} ({path}): {ex.Message} The step's outputs and summary would be lost; make it writable or unset it.";
            }
        }

        return null;
    }
}
