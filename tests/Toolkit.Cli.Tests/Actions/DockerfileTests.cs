using System.Text.Json;
using System.Text.RegularExpressions;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Docker;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>
/// The image's Dockerfile, checked without a Docker engine: by the toolkit's own policy-ci gate, and by reading it
/// with the gate's Dockerfile parser for what the rules do not cover (caching, the entrypoint, the user).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly Dockerfile File = DockerfileParser.Parse("Dockerfile", System.IO.File.ReadAllText(RepositoryPaths.InRepo("Dockerfile")));

    private static DockerStage Build => File.Stages[0];

    private static DockerStage Runtime => File.Stages[^1];

    private static IEnumerable<string> CopySources(DockerStage stage) =>
        stage.Instructions.Where(i => i.Keyword == "COPY" && !i.Flags.Any(f => f.StartsWith("--from=", StringComparison.Ordinal)))
            .SelectMany(i => i.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]);

    [Fact]
    public async Task The_policy_ci_gate_finds_nothing_in_the_dockerfile_and_the_action_files()
    {
        using var output = new TempDirectory();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await GateCli.RunAsync(
            ["policy", "Dockerfile", "actions", "--repo", RepositoryPaths.Root, "--out", output.Path, "--publish", "none", "--format", "json"],
            new CliConsole(stdout, stderr, IsOutputRedirected: true),
            RunEnvironment.From(new Dictionary<string, string>()),
            GateCatalog.BuiltIn,
            CancellationToken.None);

        Assert.True(exit == 0, stdout.ToString() + stderr);
        using var verdict = JsonDocument.Parse(System.IO.File.ReadAllText(output.Combine("policy-ci.verdict.json")));
        Assert.Equal(0, verdict.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, verdict.RootElement.GetProperty("metrics").GetProperty("dockerfiles").GetInt32());
        Assert.Equal(ActionMetadata.Folders.Count + 1, verdict.RootElement.GetProperty("metrics").GetProperty("workflows").GetInt32());
    }

    [Fact]
    public void It_is_multi_stage_an_sdk_build_and_a_runtime_image_both_pinned_by_digest()
    {
        Assert.Equal(2, File.Stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0@sha256:", Build.Image, StringComparison.Ordinal);
        // aspnet, not runtime: gate serve runs Kestrel.
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0@sha256:", Runtime.Image, StringComparison.Ordinal);
        Assert.All(File.Stages, s => Assert.Matches(Digest(), s.Image));
    }

    [Fact]
    public void The_entrypoint_is_the_published_cli_in_exec_form()
    {
        var publish = Assert.Single(Build.Instructions, i => i.Keyword == "RUN" && i.Body.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains(CliProject.Path, publish.Body, StringComparison.Ordinal);
        Assert.Contains("--output /app ", publish.Body, StringComparison.Ordinal);
        Assert.Contains("-p:UseAppHost=true", publish.Body, StringComparison.Ordinal);
        Assert.Contains(Runtime.Instructions, i => i.Keyword == "COPY" && i.Body == "/app /app" && i.Flags.Contains("--from=build"));

        var entrypoint = Assert.Single(Runtime.Instructions, i => i.Keyword == "ENTRYPOINT");
        Assert.Equal(["/app/" + CliProject.AssemblyName], entrypoint.JsonArguments);
        Assert.Equal("gate", CliProject.AssemblyName);
    }

    [Fact]
    public void The_final_stage_runs_as_uid_1001_the_runner_user_and_sets_no_workdir()
    {
        var instructions = Runtime.Instructions.ToList();
        var user = Assert.Single(instructions, i => i.Keyword == "USER");
        Assert.Equal("1001:1001", user.Body);
        var lastChange = instructions.FindLastIndex(i => i.Keyword is "RUN" or "COPY" or "ADD");
        Assert.True(instructions.IndexOf(user) > lastChange, "USER must come after the last RUN/COPY so the image's files are set up as root and it runs as 1001");
        Assert.DoesNotContain(instructions, i => i.Keyword == "WORKDIR");
        Assert.Contains("useradd --uid 1001 --gid 1001", Install().Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_is_cached_on_the_project_files_before_the_sources_are_copied()
    {
        var instructions = Build.Instructions.ToList();
        var restore = instructions.FindIndex(i => i.Keyword == "RUN" && i.Body.StartsWith("dotnet restore " + CliProject.Path, StringComparison.Ordinal));
        Assert.True(restore > 0, "no 'dotnet restore src/Toolkit.Cli/Toolkit.Cli.csproj' in the build stage");
        var beforeRestore = instructions.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(i => i.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();

        Assert.All(beforeRestore, source => Assert.True(source.EndsWith(".csproj", StringComparison.Ordinal) || source.EndsWith(".props", StringComparison.Ordinal) || source.EndsWith(".targets", StringComparison.Ordinal) || source == "global.json", $"COPY {source} before the restore invalidates its cache on every edit"));
        foreach (var project in CliProject.Closure())
        {
            Assert.Contains(project, beforeRestore);
        }

        Assert.Contains("Directory.Build.props", beforeRestore);
        Assert.Contains("Directory.Packages.props", beforeRestore);

        // It adds the public API analyzer package to every library: a restore without it breaks the build after.
        Assert.Contains("src/Directory.Build.targets", beforeRestore);
        Assert.Contains(instructions.Skip(restore), i => i.Keyword == "COPY" && i.Body == "src/ src/");
    }

    [Fact]
    public void Every_file_the_build_reads_is_copied_and_none_is_excluded_by_dockerignore()
    {
        var sources = CopySources(Build).ToList();
        var ignore = new DockerIgnore(System.IO.File.ReadAllText(RepositoryPaths.InRepo(".dockerignore")));

        foreach (var file in CliProject.FilesOutsideSources())
        {
            Assert.Contains(sources, s => file.StartsWith(s.TrimEnd('/') + "/", StringComparison.Ordinal) || file == s);
        }

        Assert.All(sources, s => Assert.False(ignore.Excludes(s.TrimEnd('/')), $".dockerignore excludes '{s}', which the Dockerfile copies"));
        Assert.All(CliProject.Closure(), p => Assert.False(ignore.Excludes(p)));
        foreach (var kept in new[] { "src/Toolkit.Cli/bin/Debug/net10.0/gate.dll", "src/Toolkit.Core/obj/project.assets.json", "artifacts/bin/gate", ".git/config", "tests/Toolkit.Cli.Tests/CliHarness.cs", ".env" })
        {
            Assert.True(ignore.Excludes(kept), $".dockerignore lets '{kept}' into the build context");
        }
    }

    [Fact]
    public void The_runtime_installs_git_and_postgresql_without_recommends_and_cleans_the_lists_in_the_same_layer()
    {
        var install = Install();

        Assert.Contains(" git ", install.Body, StringComparison.Ordinal);
        Assert.Matches(@"\bpostgresql-\d+\b", install.Body);
        Assert.Contains("create_main_cluster", install.Body, StringComparison.Ordinal);
        Assert.Contains("rm -rf /var/lib/apt/lists/*", install.Body, StringComparison.Ordinal);
        Assert.Contains(Runtime.Instructions, i => i.Keyword == "ENV" && i.Body.Contains(OutputDirectory.ContainerVariable + "=true", StringComparison.Ordinal));
    }

    [Fact]
    public void It_carries_the_oci_labels_and_no_secrets()
    {
        var labels = string.Join(' ', Runtime.Instructions.Where(i => i.Keyword == "LABEL").Select(i => i.Body));
        foreach (var label in new[] { "title", "description", "source", "licenses", "version", "revision" })
        {
            Assert.Contains($"org.opencontainers.image.{label}=", labels, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(File.Instructions, i => i.Keyword is "ARG" or "ENV" && Secretive().IsMatch(i.Body));
        Assert.DoesNotContain(CopySources(Build), s => s.Contains(".env", StringComparison.Ordinal) || s.EndsWith(".pem", StringComparison.Ordinal));
    }

    private static DockerInstruction Install() =>
        Assert.Single(Runtime.Instructions, i => i.Keyword == "RUN" && i.Body.Contains("apt-get install", StringComparison.Ordinal));

    [GeneratedRegex("@sha256:[0-9a-f]{64}$")]
    private static partial Regex Digest();

    [GeneratedRegex("(TOKEN|SECRET|PASSWORD|API_?KEY|PRIVATE)", RegexOptions.IgnoreCase)]
    private static partial Regex Secretive();
}
