using System.CommandLine;
using Toolkit.Core.Runtime;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Cli.Gates;

/// <summary>
/// <c>gate osv update</c>: downloads OSV's per-ecosystem <c>all.zip</c> exports for air-gapped runs of the gate
/// (<c>osv_database</c> pointing at the folder). Exit 0 when every archive was downloaded and checked, 1 when a
/// download failed (nothing is replaced then), 2 for usage errors.
/// </summary>
internal static class OsvCommand
{
    public const string DefaultFolder = ".cache/osv-db";

    public static Command Create(CliConsole console, RunEnvironment host)
    {
        var ecosystems = new Option<string[]>("--ecosystem") { Description = "OSV ecosystem to download (npm, NuGet, PyPI, Go, crates.io, ...), repeatable. Default: those of the repository's lockfiles.", HelpName = "name" };
        var output = new Option<string?>("--out", "-o") { Description = $"Folder to write <ecosystem>/all.zip to. Default: {DefaultFolder}.", HelpName = "dir" };
        var baseUrl = new Option<string?>("--base-url") { Description = $"Where the exports are served (a mirror). Default: {OsvExportDownload.DefaultBaseUrl}.", HelpName = "url" };
        var repo = new Option<string?>("--repo") { Description = "Repository whose lockfiles choose the ecosystems. Default: the current directory.", HelpName = "dir" };
        var update = new Command("update", Help.WithExamples(
            "Download OSV's all.zip per ecosystem, for 'osv_database' in air-gapped runs.",
            "gate osv update",
            "gate osv update --ecosystem npm --ecosystem NuGet --out /mnt/osv"));
        update.Options.Add(ecosystems);
        update.Options.Add(output);
        update.Options.Add(baseUrl);
        update.Options.Add(repo);
        update.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo) ?? host.Workspace ?? Directory.GetCurrentDirectory());
            if (!Uri.TryCreate(parse.GetValue(baseUrl) ?? OsvExportDownload.DefaultBaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                await console.Error.WriteLineAsync($"error: --base-url must be an absolute http(s) URL such as {OsvExportDownload.DefaultBaseUrl}, not '{parse.GetValue(baseUrl)}'.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var folder = parse.GetValue(output) is { Length: > 0 } o ? Path.GetFullPath(o, root) : Path.Combine(root, DefaultFolder);
            if (File.Exists(folder))
            {
                await console.Error.WriteLineAsync($"error: --out '{folder}' is a file; pass the folder the archives go to.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var names = parse.GetValue(ecosystems) is { Length: > 0 } chosen ? chosen.Distinct(StringComparer.Ordinal).ToList() : null;
            if (names is null)
            {
                try
                {
                    names = [.. OsvExportDownload.EcosystemsOf(new InventoryLoader(new NuspecLicenses([])).FromWorkingTree(root).Components)];
                }
                catch (LockfileException ex)
                {
                    await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }

                if (names.Count == 0)
                {
                    await console.Error.WriteLineAsync($"error: no lockfiles under {root} name an ecosystem; pass --ecosystem (e.g. --ecosystem npm).").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("toolkit-gate/" + ToolkitInfo.Version);
            var download = new OsvExportDownload(http, url);
            var failed = 0;
            foreach (var name in names)
            {
                try
                {
                    var (path, records) = await download.DownloadAsync(name, folder, cancellationToken).ConfigureAwait(false);
                    await console.Out.WriteLineAsync($"{Path.GetRelativePath(root, path)}: {records} OSV records").ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OsvDatabaseException or IOException or UnauthorizedAccessException)
                {
                    failed++;
                    await console.Error.WriteLineAsync($"error: {name}: {ex.Message}").ConfigureAwait(false);
                }
            }

            return failed == 0 ? ExitCodes.Passed : ExitCodes.Failed;
        });
        var command = new Command("osv", "The offline OSV database for air-gapped runs of the supply-chain gate.");
        command.Subcommands.Add(update);
        return command;
    }
}
