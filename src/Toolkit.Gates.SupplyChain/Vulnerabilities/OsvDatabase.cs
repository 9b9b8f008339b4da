using System.IO.Compression;
using System.Text.Json;
using Toolkit.Core.IO;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// An offline OSV database: a directory of OSV JSON files (searched recursively, <c>*.json</c>), or an
/// <c>all.zip</c> as OSV publishes per ecosystem (or a directory holding such zips). Only records about packages of
/// interest are kept, so memory follows the repository's size, not the database's.
/// </summary>
internal sealed class OsvDatabase
{
    private readonly Dictionary<(Ecosystem, string), List<(OsvAdvisory Advisory, OsvAffected Affected)>> index = [];

    private readonly HashSet<(Ecosystem, string)> wanted;
    private readonly HashSet<string> names;

    private OsvDatabase(List<Component> components)
    {
        wanted = components.Select(c => (c.Ecosystem, Normalize(c.Ecosystem, c.Name))).ToHashSet();
        names = components.Select(c => OsvEcosystems.Loose(c.Name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>How many advisories were read, and how many were kept.</summary>
    public int Scanned { get; private set; }

    public int Kept { get; private set; }

    /// <summary>Loads the records under <paramref name="path"/> that affect any of <paramref name="components"/>.</summary>
    /// <exception cref="OsvDatabaseException">The path is missing or a record is not JSON (names the file).</exception>
    public static OsvDatabase Load(string path, IEnumerable<Component> components)
    {
        ArgumentNullException.ThrowIfNull(path);
        var database = Create(components);
        if (File.Exists(path))
        {
            database.LoadZip(path);
        }
        else if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    database.Add(Read(file), file, null);
                }
                else if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    database.LoadZip(file);
                }
            }
        }
        else
        {
            throw new OsvDatabaseException($"the OSV database '{path}' does not exist; point 'osv_database' at a directory of OSV JSON files or an all.zip (https://osv-vulnerabilities.storage.googleapis.com/<ecosystem>/all.zip), or fill it with 'gate osv update'.");
        }

        if (database.Scanned == 0)
        {
            // An empty source would check nothing and pass: refused like a missing one.
            throw new OsvDatabaseException($"the OSV database '{path}' holds no OSV records (no *.json files, no all.zip entries); fill it with 'gate osv update --out {path}' or point 'osv_database' at the right folder.");
        }

        return database;
    }

    /// <summary>
    /// An empty database for <paramref name="components"/>, to be filled with <see cref="AddRecord"/> (records from
    /// the OSV API go through the same filter, index and range matching as offline ones, so both sources agree).
    /// </summary>
    public static OsvDatabase Create(IEnumerable<Component> components) => new(components.ToList());

    /// <summary>Adds one OSV record when it affects a package of interest.</summary>
    /// <exception cref="OsvDatabaseException">The record is not JSON (names <paramref name="source"/>).</exception>
    public void AddRecord(ReadOnlySpan<byte> json, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Add(json, source, null);
    }

    /// <summary>Every advisory affecting the component's version.</summary>
    public IEnumerable<VulnerabilityMatch> Match(Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!index.TryGetValue((component.Ecosystem, Normalize(component.Ecosystem, component.Name)), out var candidates))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (advisory, affected) in candidates)
        {
            var (hit, fixedIn) = OsvRangeEvaluator.Evaluate(affected, component.Ecosystem, component.Version);
            if (hit && seen.Add(advisory.Id))
            {
                yield return new VulnerabilityMatch(component, advisory, fixedIn);
            }
        }
    }

    internal static bool TryEcosystem(string name, out Ecosystem ecosystem) => OsvEcosystems.TryParse(name, out ecosystem);

    /// <summary>The ecosystem's name in OSV records and API queries.</summary>
    internal static string EcosystemName(Ecosystem ecosystem) => OsvEcosystems.Name(ecosystem);

    private static string Normalize(Ecosystem ecosystem, string name) => OsvEcosystems.NormalizeName(ecosystem, name);

    private void LoadZip(string path)
    {
        try
        {
            var (opened, problem) = UserFiles.OpenRead(path, path);
            using var file = opened ?? throw new OsvDatabaseException(problem!.ToString());
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var limits = new OsvZipLimits(path, new FileInfo(path).Length, zip.Entries.Count);
            var buffer = new MemoryStream();
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                buffer.SetLength(0);
                using (var stream = entry.Open())
                {
                    limits.Copy(stream, buffer, entry.FullName);
                }

                Add(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path, entry.FullName);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new OsvDatabaseException($"{path}: not a readable zip ({ex.Message}); download the ecosystem's all.zip again.");
        }
    }

    /// <summary>One OSV record file; one that cannot be read (a FIFO, a device, unreadable) is an error naming it.</summary>
    private static byte[] Read(string file)
    {
        var (bytes, problem) = UserFiles.ReadBytes(file, file);
        return bytes ?? throw new OsvDatabaseException(problem!.ToString());
    }

    private void Add(ReadOnlySpan<byte> json, string file, string? entry)
    {
        Scanned++;
        if (Parse(json, file, entry) is { } advisory)
        {
            Index(advisory);
        }
    }

    private OsvAdvisory? Parse(ReadOnlySpan<byte> json, string file, string? entry)
    {
        // The source name is only built for records that are parsed.
        var source = string.Empty;
        try
        {
            if (!OsvParser.MentionsAny(json, names))
            {
                return null;
            }

            source = entry is null ? file : $"{file}!{entry}";
            return OsvParser.Parse(json, source, (ecosystem, name) => TryEcosystem(ecosystem, out var e) && wanted.Contains((e, Normalize(e, name))));
        }
        catch (JsonException ex)
        {
            source = entry is null ? file : $"{file}!{entry}";
            throw new OsvDatabaseException($"{source}:{(ex.LineNumber ?? 0) + 1}: not a valid OSV record ({ex.Message}); remove or re-download it.");
        }
        catch (InvalidOperationException ex)
        {
            // JSON, but not shaped like OSV (a number where an object belongs): the same fail-closed error.
            throw new OsvDatabaseException($"{source}: not a valid OSV record ({ex.Message}); remove or re-download it.");
        }
    }

    private void Index(OsvAdvisory advisory)
    {
        Kept++;
        foreach (var affected in advisory.Affected)
        {
            if (TryEcosystem(affected.Ecosystem, out var ecosystem))
            {
                var key = (ecosystem, Normalize(ecosystem, affected.Name));
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add((advisory, affected));
            }
        }
    }
}
