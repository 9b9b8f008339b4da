using Toolkit.Gates.Policy.Files;

namespace Toolkit.Gates.Policy.Governance;

/// <summary>
/// A parsed CODEOWNERS file. Patterns follow gitignore rules (without negation or ranges, which GitHub rejects) and the
/// last matching line wins; a matching line with no owners leaves the path unowned.
/// </summary>
internal sealed partial class CodeOwners
{
    /// <summary>Where GitHub looks, in its order of precedence.</summary>
    public static IReadOnlyList<string> Locations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

    private readonly GitIgnore[] matchers;

    private CodeOwners(IReadOnlyList<CodeOwnersEntry> entries, IReadOnlyList<CodeOwnersProblem> problems)
    {
        Entries = entries;
        Problems = problems;
        matchers = entries.Select(e =>
        {
            var matcher = new GitIgnore();
            matcher.Add(string.Empty, e.Pattern);
            return matcher;
        }).ToArray();
    }

    public IReadOnlyList<CodeOwnersEntry> Entries { get; }

    public IReadOnlyList<CodeOwnersProblem> Problems { get; }

    public static CodeOwners Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<CodeOwnersEntry>();
        var problems = new List<CodeOwnersProblem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var content = (line.TrimStart().StartsWith('#') ? string.Empty : hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var column = line.IndexOf(content[0], StringComparison.Ordinal) + 1;
            var parts = Whitespace().Split(content);
            var pattern = parts[0];
            var owners = parts.Skip(1).ToList();
            if (pattern.StartsWith('!'))
            {
                problems.Add(new CodeOwnersProblem(i + 1, column, $"'{pattern}': negated patterns are not supported in CODEOWNERS."));
                continue;
            }

            if (pattern.Contains('[', StringComparison.Ordinal))
            {
                problems.Add(new CodeOwnersProblem(i + 1, column, $"'{pattern}': character ranges are not supported in CODEOWNERS."));
                continue;
            }

            var bad = owners.FirstOrDefault(o => !Owner().IsMatch(o));
            if (bad is not null)
            {
                problems.Add(new CodeOwnersProblem(i + 1, line.IndexOf(bad, StringComparison.Ordinal) + 1, $"'{bad}' is not an owner (@user, @org/team or an e-mail address)."));
                continue;
            }

            entries.Add(new CodeOwnersEntry(pattern, owners, i + 1));
        }

        return new CodeOwners(entries, problems);
    }

    /// <summary>The entry that decides ownership of <paramref name="path"/> (the last match), or null.</summary>
    public CodeOwnersEntry? Match(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (matchers[i].IsIgnored(path, isDirectory: false))
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>The owners of a path; empty when no line with owners matches last.</summary>
    public IReadOnlyList<string> OwnersOf(string path) => Match(path)?.Owners ?? [];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$")]
    private static partial Regex Owner();
}
