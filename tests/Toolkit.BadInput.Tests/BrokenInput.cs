using System.Diagnostics;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// Turns a gate's input into something that is not a readable regular file, the ways a careless user or an attacker
/// does: a FIFO (reading would wait forever for a writer), a directory, a never-ending device (<c>/dev/zero</c>, through
/// a link), or a file its user cannot read (<c>chmod 000</c>, with the process made to honour file modes as root).
/// </summary>
internal static class BrokenInput
{
    public const string Fifo = "fifo";
    public const string Folder = "directory";
    public const string Device = "device";
    public const string Unreadable = "unreadable";

    /// <summary>Makes <paramref name="relative"/> in the gate's repository broken the <paramref name="kind"/> way.</summary>
    /// <returns>The words the error must say about the file.</returns>
    public static string Make(GateProcess gate, string relative, string kind)
    {
        var path = gate.Repo.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case Fifo:
                using (var mkfifo = Process.Start("mkfifo", [path]))
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                return "is not a regular file";
            case Folder:
                Directory.CreateDirectory(path);
                return "is a directory";
            case Device:
                File.CreateSymbolicLink(path, "/dev/zero");
                return "is not a regular file";
            case Unreadable when OperatingSystem.IsWindows():
                throw new PlatformNotSupportedException("chmod 000 is a Unix file mode; the bad-input suite runs on Linux.");
            case Unreadable:
                File.WriteAllText(path, "{}\n");
                File.SetUnixFileMode(path, UnixFileMode.None);
                gate.HonouringFileModes();
                return "permission denied";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of broken input");
        }
    }

    /// <summary>
    /// What the run said: both streams and every verdict file's text (the console table wraps long messages, the verdict
    /// keeps them whole).
    /// </summary>
    /// <param name="gate">The run's repository.</param>
    /// <param name="result">The run.</param>
    /// <param name="broken">The broken input, never read here (it may be a FIFO or /dev/zero).</param>
    public static string Said(GateProcess gate, GateResult result, string broken)
    {
        var verdicts = gate.Repo.Combine("artifacts", "gates");
        var skip = gate.Repo.Combine(broken.Split('/'));
        var written = Directory.Exists(verdicts)
            ? Directory.EnumerateFiles(verdicts, "*.verdict.json").Where(f => f != skip).Select(File.ReadAllText)
            : [];
        return result.All + string.Join('\n', written);
    }

    /// <summary>The run did not pass, did not crash, and named the file and what is wrong with it.</summary>
    public static void AssertRefused(GateProcess gate, GateResult result, string broken, string why)
    {
        result.AssertNotPass();
        var said = Said(gate, result, broken);
        var file = Path.GetFileName(broken);
        Assert.True(said.Contains(file, StringComparison.Ordinal) && said.Contains(why, StringComparison.Ordinal), $"expected '{file}' and '{why}' in:\n{said}");
    }
}
