namespace Toolkit.Core.Tests.Actions;

/// <summary>Reads a GITHUB_OUTPUT file the way the Actions runner does (its SetOutputFileCommand).</summary>
internal static class RunnerOutputFile
{
    public static Dictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            if (equals >= 0 && (heredoc < 0 || equals < heredoc))
            {
                result[line[..equals]] = line[(equals + 1)..];
                continue;
            }

            var name = line[..heredoc];
            var delimiter = line[(heredoc + 2)..];
            var value = new List<string>();
            for (i++; i < lines.Length && lines[i] != delimiter; i++)
            {
                value.Add(lines[i]);
            }

            Assert.True(i < lines.Length, $"no closing delimiter '{delimiter}'");
            result[name] = string.Join('\n', value);
        }

        return result;
    }
}
