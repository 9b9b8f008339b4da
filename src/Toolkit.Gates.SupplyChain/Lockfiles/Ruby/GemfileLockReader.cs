using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Ruby;

/// <summary>
/// Reads <c>Gemfile.lock</c>: the <c>specs:</c> of the <c>GEM</c> and <c>GIT</c> sections are gems (<c>name (version)</c>
/// at four spaces, a platform suffix <c>-x86_64-linux</c> dropped from the version, one gem per version however many
/// platforms), their six-space lines the graph; <c>DEPENDENCIES</c> names the direct gems; <c>CHECKSUMS</c> (Bundler
/// 2.5+) gives SHA-256s. <c>PATH</c> specs are the project's own gems: what they need is direct.
/// </summary>
internal static class GemfileLockReader
{
    private const string Fix = "regenerate it with `bundle lock`";

    public static Lockfile Read(string path, string text)
    {
        var builder = new LockfileBuilder(path, Ecosystem.RubyGems);
        var gems = new List<(string Name, string Version, int Line, List<string> Needs, string? Source)>();
        var local = new List<string>();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var checksums = new Dictionary<string, ComponentHash>(StringComparer.Ordinal);
        string section = string.Empty;
        string? remote = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var content = line.Trim();
            if (indent == 0)
            {
                section = content;
                remote = null;
                continue;
            }

            switch (section)
            {
                case "GEM" or "GIT" or "PATH" when indent == 2 && content.StartsWith("remote:", StringComparison.Ordinal):
                    remote = content["remote:".Length..].Trim();
                    break;
                case "GEM" or "GIT" or "PATH" when indent == 4:
                    var (name, version) = Spec(builder, content, number);
                    if (section == "PATH")
                    {
                        local.Add(name);
                    }
                    else
                    {
                        gems.Add((name, version, number, [], section == "GIT" ? "git+" + remote : null));
                    }

                    break;
                case "GEM" or "GIT" or "PATH" when indent == 6:
                    var needed = content.Split(' ')[0];
                    if (section == "PATH")
                    {
                        direct.Add(needed);
                    }
                    else if (gems.Count > 0)
                    {
                        gems[^1].Needs.Add(needed);
                    }

                    break;
                case "DEPENDENCIES" when indent == 2:
                    direct.Add(content.Split(' ')[0].TrimEnd('!'));
                    break;
                case "CHECKSUMS" when indent == 2:
                    var fields = content.Split(' ');
                    var sha = fields.FirstOrDefault(f => f.StartsWith("sha256=", StringComparison.Ordinal));
                    if (fields.Length >= 2 && sha is not null)
                    {
                        checksums.TryAdd(fields[0] + " " + fields[1].Trim('(', ')').Split('-')[0], new ComponentHash("SHA-256", sha["sha256=".Length..].ToLowerInvariant()));
                    }

                    break;
            }
        }

        var byName = gems.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => builder.Purl(g.Key, g.First().Version), StringComparer.Ordinal);
        foreach (var (name, version, line, needs, source) in gems)
        {
            builder.Add(name, version, line, new ComponentTraits
            {
                Direct = direct.Contains(name) && !local.Contains(name),
                Hashes = checksums.TryGetValue($"{name} {version}", out var hash) ? [hash] : [],
                DependsOn = needs.Where(byName.ContainsKey).Select(n => byName[n]).ToList(),
                VcsUrl = source,
            });
        }

        return builder.Build(local.Count > 0 ? local[0] : path);
    }

    /// <summary><c>name (1.2.3)</c> or <c>name (1.2.3-x86_64-linux)</c>: Bundler puts the platform after the first <c>-</c>.</summary>
    private static (string Name, string Version) Spec(LockfileBuilder builder, string content, int line)
    {
        var open = content.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !content.EndsWith(')'))
        {
            throw builder.Error(line, $"spec '{content}' is not 'name (version)'", Fix);
        }

        var version = content[(open + 2)..^1];
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        return (content[..open], dash > 0 ? version[..dash] : version);
    }
}
