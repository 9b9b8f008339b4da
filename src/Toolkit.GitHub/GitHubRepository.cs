namespace Toolkit.GitHub;

/// <summary>A repository by owner and name, the first path segments of every repository endpoint.</summary>
public sealed record GitHubRepository(string Owner, string Name)
{
    /// <summary>Parses <c>owner/name</c> (as in <c>GITHUB_REPOSITORY</c>).</summary>
    public static GitHubRepository Parse(string ownerAndName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerAndName);
        return TryParse(ownerAndName, out var repository)
            ? repository
            : throw new FormatException($"Expected 'owner/name', got '{ownerAndName}'.");
    }

    /// <summary>Parses <c>owner/name</c> from user input without throwing.</summary>
    public static bool TryParse(string? ownerAndName, out GitHubRepository repository)
    {
        var parts = ownerAndName?.Split('/') ?? [];
        repository = parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? new GitHubRepository(parts[0], parts[1]) : null!;
        return repository is not null;
    }

    /// <summary><c>/repos/{owner}/{repo}</c>, escaped.</summary>
    internal string Path => $"/repos/{Uri.EscapeDataString(Owner)}/{Uri.EscapeDataString(Name)}";

    public override string ToString() => $"{Owner}/{Name}";
}
