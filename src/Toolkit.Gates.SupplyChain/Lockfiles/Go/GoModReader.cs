using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Go;

/// <summary>
/// Reads <c>go.mod</c>: every <c>require</c> (block or single line) is a module at its minimal-version-selection version,
/// direct unless marked <c>// indirect</c>; <c>replace</c> directives swap in the module and version actually built (a
/// local path keeps the original and records the path); <c>go.sum</c> beside it gives the <c>h1:</c> SHA-256 hashes.
/// go.mod has no graph: every module is a dependency of the main module.
/// </summary>
internal static class GoModReader
{
    private const string Fix = "run `go mod tidy` and commit go.mod";

    public static Lockfile Read(string path, string text, string? goSum)
    {
        var builder = new LockfileBuilder(path, Ecosystem.Go);
        var module = path;
        var requires = new List<(string Module, string Version, bool Indirect, int Line)>();
        var replaces = new Dictionary<string, (string Module, string? Version)>(StringComparer.Ordinal);
        string? block = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var comment = raw.IndexOf("//", StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            var indirect = comment >= 0 && raw[(comment + 2)..].Trim().StartsWith("indirect", StringComparison.Ordinal);
            if (line.Length == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (line == ")")
                {
                    block = null;
                    continue;
                }

                Directive(block, line, indirect, number);
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var verb = space < 0 ? line : line[..space];
            var rest = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            if (rest == "(")
            {
                block = verb;
            }
            else if (verb == "module")
            {
                module = rest.Trim('"');
            }
            else
            {
                Directive(verb, rest, indirect, number);
            }
        }

        var hashes = GoSumHashes(goSum);
        foreach (var (name, version, indirect, line) in requires)
        {
            var (builtName, builtVersion, local) = replaces.TryGetValue(name + "@" + version, out var exact) || replaces.TryGetValue(name, out exact)
                ? exact.Version is null ? (name, version, exact.Module) : (exact.Module, exact.Version, (string?)null)
                : (name, version, null);
            builder.Add(builtName, builtVersion, line, new ComponentTraits
            {
                Direct = !indirect,
                Hashes = hashes.TryGetValue(builtName + " " + builtVersion, out var hash) ? [hash] : [],
                Origin = local is null ? null : "file:" + local,
            });
        }

        return builder.Build(module);

        void Directive(string verb, string line, bool indirect, int at)
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"')).ToArray();
            switch (verb)
            {
                case "require":
                    if (fields.Length != 2 || !fields[1].StartsWith('v'))
                    {
                        throw builder.Error(at, $"require '{line}' is not 'module vX.Y.Z'", Fix);
                    }

                    requires.Add((fields[0], fields[1], indirect, at));
                    break;
                case "replace":
                    var arrow = Array.IndexOf(fields, "=>");
                    if (arrow is not (1 or 2) || fields.Length - arrow is not (2 or 3))
                    {
                        throw builder.Error(at, $"replace '{line}' is not 'module [version] => target [version]'", Fix);
                    }

                    var from = arrow == 2 ? fields[0] + "@" + fields[1] : fields[0];
                    replaces[from] = (fields[arrow + 1], fields.Length - arrow == 3 ? fields[arrow + 2] : null);
                    break;
            }
        }
    }

    /// <summary>go.sum lines <c>module version h1:base64</c>; the <c>/go.mod</c> lines hash only the go.mod file and are left out.</summary>
    private static Dictionary<string, ComponentHash> GoSumHashes(string? goSum)
    {
        var hashes = new Dictionary<string, ComponentHash>(StringComparer.Ordinal);
        foreach (var line in (goSum ?? string.Empty).Split('\n'))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 3 && !fields[1].EndsWith("/go.mod", StringComparison.Ordinal) && fields[2].StartsWith("h1:", StringComparison.Ordinal)
                && ComponentHash.FromBase64("SHA-256", fields[2][3..]) is { } hash)
            {
                hashes[fields[0] + " " + fields[1]] = hash;
            }
        }

        return hashes;
    }
}
