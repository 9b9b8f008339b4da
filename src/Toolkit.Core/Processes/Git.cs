using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Toolkit.Core.Processes;

/// <summary>
/// The one way the toolkit runs git. Arguments go to git as an argument list (no shell), and a value a user supplied is
/// never parsed as an option: revisions are checked with <see cref="RevisionProblem"/> and resolved by
/// <see cref="ResolveCommit"/> (<c>git rev-parse --verify --end-of-options &lt;ref&gt;^{commit}</c>), and callers put
/// <c>--</c> before paths. Prompts are off, so a missing credential fails instead of waiting on a terminal.
/// </summary>
public static class Git
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>
    /// Why <paramref name="revision"/> cannot be handed to git as a revision, or null when it can: empty, starting with
    /// <c>-</c> (git would read an option such as <c>--output=file</c>), or holding a control character.
    /// </summary>
    /// <param name="revision">The value as the user gave it.</param>
    public static string? RevisionProblem(string? revision)
    {
        if (string.IsNullOrWhiteSpace(revision))
        {
            return "is empty; name a commit, branch or tag.";
        }

        if (revision.StartsWith('-'))
        {
            return $"'{revision}' starts with '-', which git would read as an option; name a commit, branch or tag.";
        }

        return revision.Any(char.IsControl)
            ? "holds a control character; name a commit, branch or tag."
            : null;
    }

    /// <summary>
    /// Resolves <paramref name="revision"/> (a sha, branch, tag or expression such as <c>HEAD~1</c>) to the full sha of
    /// the commit it names, refusing anything <see cref="RevisionProblem"/> refuses.
    /// </summary>
    /// <param name="repository">A folder inside the work tree.</param>
    /// <param name="revision">The value as the user gave it.</param>
    public static GitRevision ResolveCommit(string repository, string? revision)
    {
        if (RevisionProblem(revision) is { } problem)
        {
            return new GitRevision(null, problem);
        }

        var result = Run(repository, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        var sha = result.Output.Trim();
        if (result.Succeeded && sha.Length > 0)
        {
            return new GitRevision(sha, null);
        }

        var why = result.ExitCode < 0 ? result.Error : $"git does not know a commit '{revision}' in {repository}";
        return new GitRevision(null, $"{why} (in a shallow checkout, fetch it first, e.g. actions/checkout with fetch-depth: 0).");
    }

    /// <summary>Runs git in <paramref name="repository"/> and waits for it.</summary>
    /// <param name="repository">The working directory.</param>
    /// <param name="arguments">git's arguments, each passed as one argument.</param>
    /// <param name="options">Standard input and extra environment, or null.</param>
    public static GitResult Run(string repository, IReadOnlyList<string> arguments, GitRunOptions? options = null)
    {
        using var process = Start(repository, arguments, options, out var failure);
        if (process is null)
        {
            return failure!;
        }

        var error = process.StandardError.ReadToEndAsync();
        WriteInput(process, options);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    /// <summary>Runs git in <paramref name="repository"/>; cancelling stops git.</summary>
    /// <param name="repository">The working directory.</param>
    /// <param name="arguments">git's arguments, each passed as one argument.</param>
    /// <param name="cancellationToken">Stops git and throws <see cref="OperationCanceledException"/>.</param>
    /// <param name="options">Standard input and extra environment, or null.</param>
    public static async Task<GitResult> RunAsync(string repository, IReadOnlyList<string> arguments, CancellationToken cancellationToken, GitRunOptions? options = null)
    {
        using var process = Start(repository, arguments, options, out var failure);
        if (process is null)
        {
            return failure!;
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        WriteInput(process, options);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new GitResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    private static Process? Start(string repository, IReadOnlyList<string> arguments, GitRunOptions? options, out GitResult? failure)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(arguments);
        failure = null;
        if (!Directory.Exists(repository))
        {
            failure = new GitResult(-1, string.Empty, $"cannot run git in {repository}: the folder does not exist");
            return null;
        }

        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repository,
            RedirectStandardInput = options?.Input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (options?.Input is not null)
        {
            start.StandardInputEncoding = Utf8NoBom;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in options?.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        try
        {
            var process = Process.Start(start);
            if (process is null)
            {
                failure = new GitResult(-1, string.Empty, "git could not be started");
            }

            return process;
        }
        catch (Win32Exception ex)
        {
            failure = new GitResult(-1, string.Empty, $"git is not installed or not on PATH ({ex.Message}); install git");
            return null;
        }
    }

    private static void WriteInput(Process process, GitRunOptions? options)
    {
        if (options?.Input is { } input)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
    }
}
