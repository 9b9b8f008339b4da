using System.Text.RegularExpressions;
using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// Keeps the "user files are regular files" promise for code not yet written: every read of a file the user points at
/// goes through <c>UserFiles</c> (regular file, size cap, errors naming the file). A raw <c>File.ReadAllText</c>,
/// <c>File.OpenRead</c>, <c>new FileStream</c> or <c>ZipFile.OpenRead</c> in <c>src/</c> would hang on a FIFO or
/// exhaust memory on <c>/dev/zero</c>, so it is allowed only where the file is the toolkit's own.
/// </summary>
public sealed partial class CheckedReadsTests
{
    /// <summary>The files allowed a raw file API, and why the file they touch is never the user's.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Toolkit.Core/IO/RegularFile.cs"] = "the checked open itself",
        ["src/Toolkit.Core/IO/AtomicFile.cs"] = "writes the toolkit's reports to a temporary file",
        ["src/Toolkit.Core/IO/UserFiles.Open.cs"] = "decodes bytes already read through the checked open",
        ["src/Toolkit.Core/Configuration/Schemas.cs"] = "reads the toolkit's embedded schemas",
        ["src/Toolkit.Core/Actions/StepSummary.cs"] = "appends to the runner's job summary",
        ["src/Toolkit.Cli/RunnerFiles.cs"] = "probes that the runner's files can be appended to",
        ["src/Toolkit.Cli/Commands/EvidenceCommand.Pack.cs"] = "writes the evidence pack",
        ["src/Toolkit.Gates.Migrations/DryRun/ThrowawayCluster.cs"] = "reads the log of the cluster it started",
        ["src/Toolkit.Gates.SupplyChain/Reporting/SupplyChainEvidence.cs"] = "hashes the evidence it just wrote",
    };

    [Fact]
    public void Only_the_toolkits_own_files_are_read_without_the_checked_open()
    {
        // Given every C# file of the products
        var source = RepositoryPaths.InRepo("src");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToList();

        // When the raw file reads are listed
        var raw = files
            .SelectMany(f => File.ReadLines(RepositoryPaths.InRepo(f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => RawRead().IsMatch(l.Text) && !Allowed.ContainsKey(l.File))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        // Then there are none outside the toolkit's own files (route the read through UserFiles instead)
        Assert.NotEmpty(files);
        Assert.Equal([], raw);
    }

    [Fact]
    public void Every_allowed_file_still_exists_and_still_needs_its_exception()
    {
        var stale = Allowed.Keys.Where(f => !File.Exists(RepositoryPaths.InRepo(f)) || !File.ReadLines(RepositoryPaths.InRepo(f)).Any(RawRead().IsMatch)).ToList();

        Assert.Equal([], stale);
    }

    [GeneratedRegex(@"File\.(ReadAll(Text|Bytes|Lines)(Async)?|ReadLines(Async)?|OpenRead|OpenText|Open)\(|new FileStream\(|new StreamReader\(|ZipFile\.Open(Read)?\(|XDocument\.Load\(|new NuspecReader\(\w*[Pp]ath\)")]
    private static partial Regex RawRead();
}
