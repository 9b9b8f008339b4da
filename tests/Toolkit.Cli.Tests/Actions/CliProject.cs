using System.Xml.Linq;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>The CLI's project and every project it references, read from the csproj files (repository-relative paths).</summary>
internal static class CliProject
{
    public const string Path = "src/Toolkit.Cli/Toolkit.Cli.csproj";

    public static string AssemblyName => XDocument.Load(RepositoryPaths.InRepo(Path)).Descendants("AssemblyName").Single().Value;

    /// <summary>The CLI's csproj and those it references, transitively.</summary>
    public static IReadOnlyList<string> Closure()
    {
        var seen = new List<string>();
        var pending = new Stack<string>([Path]);
        while (pending.TryPop(out var project))
        {
            if (seen.Contains(project))
            {
                continue;
            }

            seen.Add(project);
            foreach (var reference in Includes(project, "ProjectReference"))
            {
                pending.Push(reference);
            }
        }

        return seen;
    }

    /// <summary>Files outside <c>src/</c> that the projects pull in (embedded schemas and the like).</summary>
    public static IEnumerable<string> FilesOutsideSources() =>
        Closure().SelectMany(p => Includes(p, "EmbeddedResource").Concat(Includes(p, "None")).Concat(Includes(p, "Content")))
            .Where(f => !f.StartsWith("src/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The Include paths of <paramref name="item"/> items, resolved to repository-relative paths.</summary>
    private static IEnumerable<string> Includes(string project, string item)
    {
        var folder = System.IO.Path.GetDirectoryName(RepositoryPaths.InRepo(project))!;
        return XDocument.Load(RepositoryPaths.InRepo(project)).Descendants(item)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(i => System.IO.Path.GetRelativePath(RepositoryPaths.Root, System.IO.Path.GetFullPath(i, folder)).Replace('\\', '/'));
    }
}
