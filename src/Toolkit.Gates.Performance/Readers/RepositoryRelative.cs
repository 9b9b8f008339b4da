namespace Toolkit.Gates.Performance.Readers;

/// <summary>Paths as gates.yml and the command line write them (repository-relative), made full for reading and short for reports.</summary>
/// <param name="Root">The repository root.</param>
internal sealed record RepositoryRelative(string Root)
{
    public string Full(string path) => Path.GetFullPath(path, Root);

    /// <summary>The path relative to the repository, or full when it lies outside; always with forward slashes.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, Full(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Full(path) : relative).Replace('\\', '/');
    }
}
