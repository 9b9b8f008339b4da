namespace Toolkit.Gates.Policy.Governance;

/// <summary>Checks a PR title against Conventional Commits 1.0: <c>type(scope)!: description</c>.</summary>
internal static partial class ConventionalTitle
{
    /// <summary>Null when the title is valid, otherwise why not.</summary>
    public static string? Problem(string title, IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(types);
        var match = Shape().Match(title);
        if (!match.Success)
        {
            return $"'{title}' is not 'type(scope): description'.";
        }

        var type = match.Groups["type"].Value;
        return types.Contains(type, StringComparer.Ordinal)
            ? null
            : $"'{title}' uses the type '{type}'; allowed types are {string.Join(", ", types)}.";
    }

    [GeneratedRegex(@"^(?<type>[a-z]+)(?:\((?<scope>[^()\s][^()]*)\))?!?: \S.*$")]
    private static partial Regex Shape();
}
