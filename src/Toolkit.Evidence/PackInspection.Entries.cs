using Toolkit.Evidence.Zip;

namespace Toolkit.Evidence;

/// <summary>Entry checks: names, types and the canonical form, then the local header, then the content.</summary>
internal sealed partial class PackInspection
{
    private void CheckEntries(ZipDirectory directory)
    {
        var duplicates = directory.Entries.Where(e => e.Name is not null)
            .GroupBy(e => e.Name!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .SelectMany(g => g).Select(e => e.Index).ToHashSet();
        var ends = new Dictionary<int, long>();
        long total = 0;
        foreach (var entry in directory.Entries)
        {
            if (entry.Name is not null)
            {
                present.Add(entry.Name);
            }

            var safe = CheckEntry(entry, duplicates.Contains(entry.Index));
            var dataStart = CheckLocalHeader(entry, directory.CentralDirectoryOffset);
            if (dataStart is not { } start)
            {
                continue;
            }

            ends[entry.Index] = start + entry.CompressedSize;
            total += entry.UncompressedSize;
            if (total > limits.MaxTotalBytes)
            {
                Problem(null, $"the entries add up to more than the limit of {limits.MaxTotalBytes} bytes; the rest is not read.");
                return;
            }

            if (safe)
            {
                Read(entry, start);
            }
        }

        CheckLayout(directory, ends);
    }

    /// <summary>
    /// Whether the entry may be read: a safe, unique, stored regular file within the limits. A merely non-canonical
    /// entry is reported and still read, so the report can also say whether its content changed.
    /// </summary>
    private bool CheckEntry(CentralEntry entry, bool duplicate)
    {
        var d = entry.Display;
        var reasons = new List<string>();
        if (entry.Name is null)
        {
            reasons.Add("has a name that is not valid UTF-8");
        }
        else if (EntryNames.Problem(entry.Name) is { } unsafeName)
        {
            reasons.Add(unsafeName);
        }

        if (duplicate)
        {
            reasons.Add("appears more than once (names may differ in case only)");
        }

        var type = entry.ExternalAttributes & ZipFormat.UnixTypeMask;
        if (type == ZipFormat.UnixSymlink)
        {
            reasons.Add("is a symbolic link");
        }
        else if ((type == ZipFormat.UnixDirectory || (entry.ExternalAttributes & ZipFormat.DosDirectory) != 0) && entry.Name?.EndsWith('/') != true)
        {
            reasons.Add("is a directory");
        }
        else if (type != 0 && type != ZipFormat.UnixRegular)
        {
            reasons.Add($"is not a regular file (unix mode {entry.ExternalAttributes >> 16:X4})");
        }

        if ((entry.Flags & ZipFormat.EncryptedFlag) != 0)
        {
            reasons.Add("is encrypted");
        }

        if (entry.Method != ZipFormat.Stored)
        {
            reasons.Add($"is compressed (method {entry.Method}); packs store entries as they are, and compressed data is never inflated here");
        }
        else if (entry.CompressedSize != entry.UncompressedSize)
        {
            reasons.Add($"is stored but declares {entry.CompressedSize} bytes stored and {entry.UncompressedSize} uncompressed");
        }

        if (entry.UncompressedSize > limits.MaxEntryBytes || entry.CompressedSize > limits.MaxEntryBytes)
        {
            reasons.Add($"declares {Math.Max(entry.UncompressedSize, entry.CompressedSize)} bytes, over the per-entry limit of {limits.MaxEntryBytes}");
        }

        foreach (var reason in reasons)
        {
            Problem(d, reason + ".");
        }

        if (NonCanonical(entry) is { Count: > 0 } fields)
        {
            Problem(d, $"is not in the pack's canonical zip form ({string.Join(", ", fields)}): the archive was rewritten or edited.");
        }

        return reasons.Count == 0;
    }

    private static List<string> NonCanonical(CentralEntry entry)
    {
        var fields = new List<string>();
        void Expect(string field, long actual, long expected)
        {
            if (actual != expected)
            {
                fields.Add($"{field} {actual:X} instead of {expected:X}");
            }
        }

        Expect("made by", entry.MadeBy, ZipFormat.VersionMadeBy);
        Expect("version needed", entry.VersionNeeded, ZipFormat.VersionNeeded);
        Expect("flags", entry.Flags, ZipFormat.Utf8Flag);
        Expect("time", entry.Time, ZipFormat.DosTime);
        Expect("date", entry.Date, ZipFormat.DosDate);
        Expect("extra field length", entry.ExtraLength, 0);
        Expect("comment length", entry.CommentLength, 0);
        Expect("disk", entry.DiskStart, 0);
        Expect("internal attributes", entry.InternalAttributes, 0);
        Expect("external attributes", entry.ExternalAttributes, ZipFormat.RegularFileAttributes);
        return fields;
    }
}
