using System.Diagnostics;
using System.Text;

namespace Toolkit.Gates.Performance;

/// <summary>What the gate asks git: which commit is checked out, and the plumbing behind the branch store.</summary>
internal static class Git
{
    public static string? Head(string repositoryRoot)
    {
        try
        {
            var result = Run(repositoryRoot, ["rev-parse", "HEAD"]);
            var output = result.Output.Trim();
            return result.Succeeded && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs git in <paramref name="repositoryRoot"/>, optionally feeding <paramref name="input"/> and extra environment variables.</summary>
    public static GitResult Run(string repositoryRoot, IEnumerable<string> args, string? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (input is not null)
        {
            start.StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output, error.Result);
    }
}
