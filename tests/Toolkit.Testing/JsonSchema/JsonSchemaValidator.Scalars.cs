using System.Globalization;
using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

public sealed partial class JsonSchemaValidator
{
    private static void CheckString(Context c)
    {
        var text = c.Instance.GetString()!;

        // Lengths count code points, as JSON Schema specifies, not UTF-16 units.
        var length = text.EnumerateRunes().Count();
        if (c.Has("minLength", out var minLength) && length < minLength.GetInt32())
        {
            c.Fail("minLength", string.Create(CultureInfo.InvariantCulture, $"is {length} characters, shorter than {minLength.GetInt32()}"));
        }

        if (c.Has("maxLength", out var maxLength) && length > maxLength.GetInt32())
        {
            c.Fail("maxLength", string.Create(CultureInfo.InvariantCulture, $"is {length} characters, longer than {maxLength.GetInt32()}"));
        }

        if (c.Has("pattern", out var pattern) && !RegexCache.Get(pattern.GetString()!).IsMatch(text))
        {
            c.Fail("pattern", $"\"{Abbreviate(text)}\" does not match /{pattern.GetString()}/");
        }

        if (c.Has("format", out var format) && format.GetString() is { } name && !SchemaFormats.IsValid(name, text))
        {
            c.Fail("format", $"\"{Abbreviate(text)}\" is not a valid {name}");
        }
    }

    private static void CheckNumber(Context c)
    {
        var value = c.Instance;
        if (c.Has("minimum", out var minimum) && JsonEquality.NumberCompare(value, minimum) < 0)
        {
            c.Fail("minimum", $"{value.GetRawText()} is less than {minimum.GetRawText()}");
        }

        if (c.Has("maximum", out var maximum) && JsonEquality.NumberCompare(value, maximum) > 0)
        {
            c.Fail("maximum", $"{value.GetRawText()} is greater than {maximum.GetRawText()}");
        }

        if (c.Has("exclusiveMinimum", out var exclusiveMinimum) && exclusiveMinimum.ValueKind == JsonValueKind.Number && JsonEquality.NumberCompare(value, exclusiveMinimum) <= 0)
        {
            c.Fail("exclusiveMinimum", $"{value.GetRawText()} is not greater than {exclusiveMinimum.GetRawText()}");
        }

        if (c.Has("exclusiveMaximum", out var exclusiveMaximum) && exclusiveMaximum.ValueKind == JsonValueKind.Number && JsonEquality.NumberCompare(value, exclusiveMaximum) >= 0)
        {
            c.Fail("exclusiveMaximum", $"{value.GetRawText()} is not less than {exclusiveMaximum.GetRawText()}");
        }

        if (c.Has("multipleOf", out var multipleOf) && !IsMultiple(value, multipleOf))
        {
            c.Fail("multipleOf", $"{value.GetRawText()} is not a multiple of {multipleOf.GetRawText()}");
        }
    }

    private static bool IsMultiple(JsonElement value, JsonElement divisor)
    {
        if (value.TryGetDecimal(out var x) && divisor.TryGetDecimal(out var y) && y != 0)
        {
            return x % y == 0;
        }

        var quotient = value.GetDouble() / divisor.GetDouble();
        return double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
    }

    private static string Abbreviate(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
