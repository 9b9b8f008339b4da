using Toolkit.Build.Framework;

namespace Toolkit.Build;

/// <summary>The typed context every task gets: where things are, how the build was asked to run, and how to run tools.</summary>
public sealed class BuildContext : TaskContext
{
    private BuildContext(string root, BuildArguments arguments, bool isCI, TextWriter output, TextWriter error)
        : base(output, error)
    {
        RootDirectory = root;
        Configuration = arguments.Configuration;
        Target = arguments.Target;
        Verbosity = arguments.Verbosity;
        IsCI = isCI;
        Processes = new ProcessRunner(root, output, TimeProvider.System);
    }

    /// <summary>The repository root, the folder with Toolkit.sln; every tool runs there.</summary>
    public string RootDirectory { get; }

    /// <summary>Debug or Release.</summary>
    public string Configuration { get; }

    /// <summary>The target the build was asked for.</summary>
    public string Target { get; }

    /// <summary>Cake's verbosity name, or null to leave the tools at their defaults.</summary>
    public string? Verbosity { get; }

    /// <summary>True when <c>CI=true</c>, as GitHub Actions and .ci/run set it.</summary>
    public bool IsCI { get; }

    /// <summary>Starts tools in <see cref="RootDirectory"/>.</summary>
    public ProcessRunner Processes { get; }

    /// <summary>The solution file.</summary>
    public string Solution => Path.Combine(RootDirectory, "Toolkit.sln");

    /// <summary><c>artifacts/</c>: everything the build produces that is not bin/obj.</summary>
    public string ArtifactsDirectory => Path.Combine(RootDirectory, "artifacts");

    /// <summary><c>artifacts/bin</c>: the published <c>gate</c> command.</summary>
    public string BinDirectory => Path.Combine(ArtifactsDirectory, "bin");

    /// <summary><c>artifacts/packages</c>: the NuGet packages.</summary>
    public string PackagesDirectory => Path.Combine(ArtifactsDirectory, "packages");

    /// <summary><c>artifacts/test-results</c>: the TRX files.</summary>
    public string TestResultsDirectory => Path.Combine(ArtifactsDirectory, "test-results");

    /// <summary><c>artifacts/gates</c>: the gates' verdicts and reports when the toolkit gates itself.</summary>
    public string GatesDirectory => Path.Combine(ArtifactsDirectory, "gates");

    /// <summary>The published <c>gate</c> executable.</summary>
    public string GateExecutable => Path.Combine(BinDirectory, OperatingSystem.IsWindows() ? "gate.exe" : "gate");

    /// <summary>Finds the repository root above the build program and makes the context.</summary>
    public static BuildContext Create(BuildArguments arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory())
            ?? throw new BuildFailedException("Toolkit.sln not found above the build program or the current directory.", BuildExitCodes.UsageError);
        var isCI = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return new BuildContext(root, arguments, isCI, output, error);
    }

    /// <summary>Runs a tool in the repository root, streaming its output; fails the task when it exits with an error.</summary>
    public void Run(string tool, params IReadOnlyList<string> args) => Processes.Run(tool, args);

    /// <summary>Runs a <c>dotnet</c> command with the build's common switches; fails the task when it fails.</summary>
    public void DotNet(string command, params IReadOnlyList<string> args) => Run("dotnet", DotNetArguments(command, args));

    /// <summary>A <c>dotnet</c> command line with the build's common switches appended.</summary>
    public IReadOnlyList<string> DotNetArguments(string command, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        List<string> all = [command, .. args, "--nologo"];
        if (IsCI)
        {
            // Some CI runners allocate a pseudo-terminal; the live terminal logger would fill the log with redraws.
            all.Add("-tl:off");
        }

        if (Verbosity is not null)
        {
            all.Add($"-v:{MsBuildVerbosity(Verbosity)}");
        }

        return all;
    }

    /// <summary>Deletes a folder the build produces, if it is there, so nothing stale from an earlier run is read again.</summary>
    public static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>A path relative to the repository root, for readable command lines.</summary>
    public string Relative(string path) => Path.GetRelativePath(RootDirectory, path);

    private static string MsBuildVerbosity(string verbosity) => verbosity switch
    {
        "quiet" => "q",
        "minimal" => "m",
        "verbose" => "d",
        "diagnostic" => "diag",
        _ => "n",
    };

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
