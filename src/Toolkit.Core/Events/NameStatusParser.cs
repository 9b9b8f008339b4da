namespace Toolkit.Core.Events;

/// <summary>
/// Parses <c>git diff --name-status -z</c>: NUL-separated fields, a status (<c>M</c>, <c>A</c>, <c>D</c>, <c>T</c>,
/// <c>R100</c>, <c>C75</c>) then one path, or two (old, new) for renames and copies.
/// </summary>
internal static class NameStatusParser
{
    public static IReadOnlyList<ChangedFile> Parse(string output)
    {
        var fields = output.Split('\0');
        var files = new List<ChangedFile>();
        var i = 0;
        while (i < fields.Length && fields[i].Length > 0)
        {
            var status = fields[i++];
            var twoPaths = status[0] is 'R' or 'C';
            if (i + (twoPaths ? 1 : 0) >= fields.Length)
            {
                break; // Truncated output: keep what was complete.
            }

            var first = fields[i++];
            if (twoPaths)
            {
                var second = fields[i++];
                files.Add(new ChangedFile(status[0] == 'R' ? ChangedFileStatus.Renamed : ChangedFileStatus.Added, second, first));
                continue;
            }

            files.Add(new ChangedFile(
                status[0] switch
                {
                    'A' => ChangedFileStatus.Added,
                    'D' => ChangedFileStatus.Deleted,
                    _ => ChangedFileStatus.Modified, // M, T (type change), U (unmerged) and X all mean the path still exists, changed.
                },
                first));
        }

        return files;
    }
}
