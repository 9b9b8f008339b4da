namespace Toolkit.Gates.SupplyChain.Lockfiles.Npm;

/// <summary>
/// Parses the Yarn 1 lockfile format: an unindented header of comma-separated descriptors (<c>"a@^1", a@~1.2:</c>),
/// two-space <c>key "value"</c> fields and four-space entries under <c>dependencies:</c> / <c>optionalDependencies:</c>.
/// </summary>
internal static class YarnV1Parser
{
    public static List<YarnEntry> Parse(LockfileBuilder builder, string text, string fix)
    {
        var entries = new List<YarnEntry>();
        YarnEntry? current = null;
        string? block = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var content = line.Trim();
            if (indent == 0)
            {
                if (!content.EndsWith(':'))
                {
                    throw builder.Error(number, $"'{content}' is not an entry header (descriptors ending in ':')", fix);
                }

                Flush();
                var descriptors = content[..^1].Split(',').Select(d => Unquote(d.Trim())).Where(d => d.Length > 0).ToList();
                var at = descriptors.Count == 0 ? -1 : descriptors[0].LastIndexOf('@');
                if (at <= 0)
                {
                    throw builder.Error(number, $"'{content}' names no package (name@range)", fix);
                }

                current = new YarnEntry(descriptors, descriptors[0][..at], null, number);
                block = null;
            }
            else if (current is null)
            {
                throw builder.Error(number, "an indented line comes before any entry", fix);
            }
            else if (indent == 2)
            {
                var (key, value) = Field(content);
                block = value.Length == 0 ? key : null;
                current = key switch
                {
                    "version" => current with { Version = value },
                    "resolved" => current with { Resolved = value },
                    "integrity" => current with { Integrity = value },
                    _ => current,
                };
            }
            else if (block is "dependencies" or "optionalDependencies")
            {
                var (name, range) = Field(content);
                current = block == "dependencies"
                    ? current with { Dependencies = [.. current.Dependencies, (name, range)] }
                    : current with { OptionalDependencies = [.. current.OptionalDependencies, (name, range)] };
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (current is not null)
            {
                entries.Add(current);
            }
        }
    }

    private static (string Key, string Value) Field(string content)
    {
        var trimmed = content.TrimEnd(':');
        var space = trimmed.StartsWith('"') ? trimmed.IndexOf('"', 1) + 1 : trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 || space >= trimmed.Length
            ? (Unquote(trimmed), string.Empty)
            : (Unquote(trimmed[..space].Trim()), Unquote(trimmed[space..].Trim()));
    }

    private static string Unquote(string text) => text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
}
