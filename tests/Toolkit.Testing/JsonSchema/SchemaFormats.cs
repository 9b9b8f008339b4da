using System.Globalization;
using System.Text.RegularExpressions;

namespace Toolkit.Testing.JsonSchema;

/// <summary>Minimal checks for the <c>format</c> values our schemas and CycloneDX use; unknown formats pass.</summary>
internal static partial class SchemaFormats
{
    public static bool IsValid(string format, string value) => format switch
    {
        "date" => DatePattern().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimePattern().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "time" => TimePattern().IsMatch(value),
        "uri" or "iri" => !HasWhitespace(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0,
        "uri-reference" or "iri-reference" => !HasWhitespace(value) && Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        "email" or "idn-email" => EmailPattern().IsMatch(value),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        _ => true,
    };

    private static bool HasWhitespace(string value) => value.Any(char.IsWhiteSpace);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
