using Toolkit.Core.Processes;

namespace Toolkit.Core.Configuration;

/// <summary>Reads gates.yml settings that name a git revision, so a value git would take for an option is a config error.</summary>
public static class GitRefSetting
{
    /// <summary>
    /// The revision under <paramref name="key"/>, or null when absent. A value <see cref="Git.RevisionProblem"/> refuses
    /// (<c>base: --output=/tmp/x</c>) is reported at its line, so <c>config validate</c> and every run refuse it (exit 2).
    /// </summary>
    /// <param name="reader">The gate's section.</param>
    /// <param name="key">The setting, e.g. <c>base</c>.</param>
    public static string? GitRef(this SectionReader reader, string key)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var value = reader.String(key);
        if (value is not null && Git.RevisionProblem(value) is { } problem)
        {
            reader.ReportAt(key, $"'{key}' {problem}");
            return null;
        }

        return value;
    }
}
