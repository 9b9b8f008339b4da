using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.Policy.Docker;

/// <summary>
/// Parses Dockerfiles the way BuildKit does for what the rules need: parser directives (<c># escape=</c>), comment
/// lines (also inside continuations), line continuations with the escape character, JSON versus shell form, heredocs
/// (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, quoted terminators), and stages with global ARGs expanded in FROM.
/// </summary>
internal static partial class DockerfileParser
{
    public static Dockerfile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var escape = ReadEscapeDirective(lines);
        var instructions = new List<DockerInstruction>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                i++;
                continue;
            }

            var startLine = i + 1;
            var column = line.Length - trimmed.Length + 1;
            var logical = new StringBuilder();
            var current = trimmed;
            while (true)
            {
                var content = current.TrimEnd();
                if (content.Length > 0 && content[^1] == escape && i + 1 < lines.Length)
                {
                    logical.Append(content, 0, content.Length - 1).Append(' ');
                    i++;
                    // Comment and empty lines inside a continuation are dropped, as BuildKit does.
                    while (i < lines.Length && (lines[i].TrimStart().StartsWith('#') || lines[i].Trim().Length == 0) && i + 1 < lines.Length)
                    {
                        i++;
                    }

                    current = lines[i];
                    continue;
                }

                logical.Append(content);
                i++;
                break;
            }

            var instruction = Build(logical.ToString(), startLine, column);
            var heredocs = new List<string>();
            foreach (Match match in Heredoc().Matches(instruction.Arguments))
            {
                var terminator = match.Groups["name"].Value;
                var strip = match.Groups["dash"].Success;
                var body = new StringBuilder();
                while (i < lines.Length)
                {
                    var bodyLine = lines[i++];
                    if ((strip ? bodyLine.TrimStart('\t') : bodyLine).TrimEnd() == terminator)
                    {
                        break;
                    }

                    body.Append(strip ? bodyLine.TrimStart('\t') : bodyLine).Append('\n');
                }

                heredocs.Add(body.ToString());
            }

            instructions.Add(heredocs.Count == 0 ? instruction : instruction with { Heredocs = heredocs });
        }

        return Stages(new Dockerfile(path, instructions, escape));
    }

    private static char ReadEscapeDirective(string[] lines)
    {
        // Parser directives are only honoured at the very top, before any comment, blank line or instruction.
        foreach (var line in lines)
        {
            var match = Directive().Match(line);
            if (!match.Success)
            {
                break;
            }

            if (string.Equals(match.Groups["key"].Value, "escape", StringComparison.OrdinalIgnoreCase) && match.Groups["value"].Value is "`" or "\\")
            {
                return match.Groups["value"].Value[0];
            }
        }

        return '\\';
    }

    private static DockerInstruction Build(string logical, int line, int column)
    {
        var space = logical.IndexOfAny([' ', '\t']);
        var keyword = (space < 0 ? logical : logical[..space]).ToUpperInvariant();
        var arguments = space < 0 ? string.Empty : logical[(space + 1)..].Trim();
        var flags = new List<string>();
        var body = arguments;
        while (body.StartsWith("--", StringComparison.Ordinal))
        {
            var end = body.IndexOfAny([' ', '\t']);
            flags.Add(end < 0 ? body : body[..end]);
            body = end < 0 ? string.Empty : body[(end + 1)..].TrimStart();
        }

        return new DockerInstruction(keyword, arguments, line, column, JsonForm(body)) { Flags = flags, Body = body };
    }

    private static List<string>? JsonForm(string body)
    {
        if (!body.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return null;
            }

            return document.RootElement.EnumerateArray().Select(e => e.GetString()!).ToList();
        }
        catch (JsonException)
        {
            return null; // Not valid JSON: Docker runs it in shell form.
        }
    }

    private static Dockerfile Stages(Dockerfile file)
    {
        var globals = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new List<DockerStage>();
        DockerInstruction? from = null;
        var body = new List<DockerInstruction>();
        foreach (var instruction in file.Instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                if (from is not null)
                {
                    stages.Add(Stage(from, body, globals));
                }

                from = instruction;
                body = [];
            }
            else if (from is null && instruction.Keyword == "ARG")
            {
                var eq = instruction.Body.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? instruction.Body.Trim() : instruction.Body[..eq].Trim();
                globals[name] = eq < 0 ? string.Empty : instruction.Body[(eq + 1)..].Trim().Trim('"', '\'');
            }
            else if (from is not null)
            {
                body.Add(instruction);
            }
        }

        if (from is not null)
        {
            stages.Add(Stage(from, body, globals));
        }

        return file with { GlobalArgs = globals, Stages = stages };
    }

    private static DockerStage Stage(DockerInstruction from, List<DockerInstruction> body, Dictionary<string, string> globals)
    {
        var parts = from.Body.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var image = parts.Length > 0 ? Expand(parts[0], globals) : string.Empty;
        var alias = parts.Length >= 3 && string.Equals(parts[1], "AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null;
        return new DockerStage(from, image, alias, body);
    }

    private static string Expand(string value, Dictionary<string, string> args) =>
        ArgReference().Replace(value, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;
            var fallback = m.Groups["default"].Success ? m.Groups["default"].Value : string.Empty;
            return args.TryGetValue(name, out var v) && v.Length > 0 ? v : fallback;
        });

    [GeneratedRegex(@"^#\s*(?<key>[a-zA-Z]+)\s*=\s*(?<value>\S+)\s*$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"<<(?<dash>-)?(?<q>[""']?)(?<name>[A-Za-z_][A-Za-z0-9_]*)\k<q>")]
    private static partial Regex Heredoc();

    [GeneratedRegex(@"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)(?::?-(?<default>[^}]*))?\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex ArgReference();
}
