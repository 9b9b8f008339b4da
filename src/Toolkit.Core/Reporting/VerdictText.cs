using System.Globalization;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>The words, symbols and number formats every reporter shares, so a verdict reads the same everywhere.</summary>
internal static class VerdictText
{
    public static string Word(VerdictStatus status) => status switch
    {
        VerdictStatus.Pass => "pass",
        VerdictStatus.Warn => "warn",
        VerdictStatus.Fail => "fail",
        VerdictStatus.Error => "error",
        _ => "unknown",
    };

    public static string Emoji(VerdictStatus status) => status switch
    {
        VerdictStatus.Pass => "✅",
        VerdictStatus.Warn => "⚠️",
        VerdictStatus.Fail => "❌",
        VerdictStatus.Error => "💥",
        _ => "❔",
    };

    /// <summary>The SARIF level, which is also the word used in tables: error, warning, note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string SeverityEmoji(Severity severity) => severity switch
    {
        Severity.Error => "🔴",
        Severity.Warning => "🟡",
        _ => "🔵",
    };

    /// <summary>Ordering key: most severe first; unknown values last.</summary>
    public static int Rank(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        Severity.Note => 2,
        _ => 3,
    };

    /// <summary>A metric or threshold value: up to six decimals, invariant, no exponent for everyday magnitudes.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary><c>path:line</c>, or the path alone when the line is unknown.</summary>
    public static string PathAndLine(SourceLocation? location) => location is null
        ? string.Empty
        : location.Line > 0 ? $"{location.Path}:{location.Line.ToString(CultureInfo.InvariantCulture)}" : location.Path ?? string.Empty;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ShortSha(string? sha) => string.IsNullOrEmpty(sha) ? string.Empty : sha.Length > 7 ? sha[..7] : sha;

    /// <summary>Rule and message of a finding that may come from a hand-written or older verdict with nulls in it.</summary>
    public static string Rule(Finding finding) => finding.RuleId ?? "unknown-rule";
}
