namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// Bounds on reading an OSV <c>all.zip</c> in place, so a hostile archive (a zip bomb, millions of entries, one huge
/// entry) fails with a message instead of exhausting memory or disk. Sizes are counted as bytes are inflated, never
/// taken from the entry headers, which an attacker writes. The real archives stay far below every bound: the largest
/// (PyPI, npm) hold tens of thousands of records of a few KB, compressed about 10:1.
/// </summary>
internal sealed class OsvZipLimits(string path, long compressedSize, int entries)
{
    /// <summary>Most entries in one archive.</summary>
    public const int MaxEntries = 1_000_000;

    /// <summary>Largest single record, inflated.</summary>
    public const long MaxEntryBytes = 32L * 1024 * 1024;

    /// <summary>Most bytes inflated per byte of archive, once past <see cref="RatioFloorBytes"/>.</summary>
    public const long MaxRatio = 200;

    /// <summary>Inflated bytes below which the ratio is not checked (tiny archives compress text extremely well).</summary>
    public const long RatioFloorBytes = 64L * 1024 * 1024;

    private long inflated;

    /// <summary>Copies one entry into <paramref name="buffer"/>, failing as soon as a bound is crossed.</summary>
    /// <exception cref="OsvDatabaseException">The archive crosses a bound.</exception>
    public void Copy(Stream entry, MemoryStream buffer, string name)
    {
        if (entries > MaxEntries)
        {
            throw Refused($"it has {entries} entries, more than the {MaxEntries} an OSV archive has");
        }

        var chunk = new byte[81920];
        int read;
        while ((read = entry.Read(chunk, 0, chunk.Length)) > 0)
        {
            inflated += read;
            if (buffer.Length + read > MaxEntryBytes)
            {
                throw Refused($"entry '{name}' inflates past {MaxEntryBytes / (1024 * 1024)} MB, more than any OSV record");
            }

            if (inflated > RatioFloorBytes && inflated > compressedSize * MaxRatio)
            {
                throw Refused($"it inflates to more than {MaxRatio} times its size (at '{name}'): a zip bomb, not an OSV export");
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private OsvDatabaseException Refused(string why) =>
        new($"{path}: refused to read the archive: {why}; download the ecosystem's all.zip again (gate osv update).");
}
