using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Diesel: one folder per migration, <c>&lt;version&gt;_&lt;name&gt;/up.sql</c> and <c>down.sql</c>.</summary>
internal static partial class MigrationFinder
{
    private static List<Migration> Diesel(string root, string fullDirectory, List<string> topLevel, List<string> nested, List<Finding> problems)
    {
        // Diesel reads only the folders' up.sql and down.sql: a SQL file anywhere else never runs.
        foreach (var file in topLevel)
        {
            problems.Add(NotPlaced(file, "Diesel", "<version>_<name>/up.sql with its down.sql"));
        }

        var migrations = new List<(string Order, Migration Migration)>();
        var byFolder = nested.GroupBy(f => f[..f.LastIndexOf('/')], StringComparer.Ordinal);
        foreach (var folder in byFolder)
        {
            var folderName = folder.Key[(folder.Key.LastIndexOf('/') + 1)..];
            var isMigration = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, folder.Key))) == fullDirectory.TrimEnd('/');
            var up = folder.FirstOrDefault(f => Path.GetFileName(f) == "up.sql");
            var down = folder.FirstOrDefault(f => Path.GetFileName(f) == "down.sql");
            foreach (var other in folder.Where(f => !isMigration || up is null || (f != up && f != down)))
            {
                problems.Add(NotPlaced(other, "Diesel", "up.sql or down.sql directly inside a <version>_<name> folder"));
            }

            if (!isMigration || up is null)
            {
                continue;
            }

            var cut = folderName.IndexOf('_', StringComparison.Ordinal);
            var version = cut < 0 ? folderName : folderName[..cut];
            var name = cut < 0 ? folderName : folderName[(cut + 1)..];
            var mode = DieselMetadata.Read(root, folder.Key, problems);
            var migration = new Migration(
                version,
                name,
                new MigrationScript(up, Read(root, up), mode),
                down is null ? null : new MigrationScript(down, Read(root, down), mode));

            // Diesel orders by the version with its dashes removed, as text.
            migrations.Add((version.Replace("-", string.Empty, StringComparison.Ordinal), migration));
        }

        return [.. migrations.OrderBy(m => m.Order, StringComparer.Ordinal).Select(m => m.Migration)];
    }
}
