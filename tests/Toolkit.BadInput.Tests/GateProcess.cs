using System.Diagnostics;
using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// Runs the real <c>gate</c> CLI as a child process (<c>dotnet gate.dll</c> from this test's output folder) in a temp
/// repository, the way a user or the Actions runner does: bad input is judged by exit code, output and the files left.
/// </summary>
internal sealed class GateProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, string?> environment = new(StringComparer.Ordinal);
    private bool honourFileModes;

    public TempDirectory Repo { get; } = new();

    public GateProcess WithEnvironment(string name, string? value)
    {
        environment[name] = value;
        return this;
    }

    public GateProcess WithFile(string relativePath, string content)
    {
        Repo.Write(relativePath, content);
        return this;
    }

    /// <summary>
    /// Runs the CLI so that file modes bind it: root (as in CI containers) reads a <c>chmod 000</c> file anyway, so as root
    /// the process starts under <c>setpriv</c> without the capabilities that bypass file permissions
    /// (<c>CAP_DAC_OVERRIDE</c>, <c>CAP_DAC_READ_SEARCH</c>); any other user is bound by them already.
    /// </summary>
    public GateProcess HonouringFileModes()
    {
        honourFileModes = true;
        return this;
    }

    /// <summary>Runs <c>gate args...</c> with the repository as working directory; stdin is closed.</summary>
    public async Task<GateResult> RunAsync(params string[] args)
    {
        var dropCapabilities = honourFileModes && Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(dropCapabilities ? "setpriv" : "dotnet")
        {
            WorkingDirectory = Repo.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (dropCapabilities)
        {
            const string Bypass = "-dac_override,-dac_read_search";
            foreach (var arg in (string[])[$"--bounding-set={Bypass}", $"--inh-caps={Bypass}", "dotnet"])
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gate.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A clean environment for the toolkit's own variables: the test runner may itself run under GitHub Actions.
        foreach (var name in start.Environment.Keys.Where(IsRunnerVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CI"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"gate {string.Join(' ', args)} did not exit within {Limit}");
        }

        return new GateResult(process.ExitCode, await output, await error);
    }

    /// <summary>Every file under the repository, relative and sorted: what a run left behind.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Repo.Path, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repo.Path, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose() => Repo.Dispose();

    private static bool IsRunnerVariable(string name) =>
        name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("INPUT_", StringComparison.Ordinal) ||
        name.StartsWith("RUNNER_", StringComparison.Ordinal) || name == "GATES_ADMIN_TOKEN";
}
