using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

/// <summary>JSON value equality as JSON Schema means it: numbers by value, objects regardless of key order.</summary>
internal static class JsonEquality
{
    public static bool Equal(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            return NumberCompare(a, b) == 0;
        }

        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var left = a.EnumerateArray().GetEnumerator())
                using (var right = b.EnumerateArray().GetEnumerator())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!Equal(left.Current, right.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var properties = a.EnumerateObject().ToList();
                if (properties.Count != b.EnumerateObject().Count())
                {
                    return false;
                }

                return properties.All(p => b.TryGetProperty(p.Name, out var other) && Equal(p.Value, other));
            default:
                // null, true, false: the kinds already match.
                return true;
        }
    }

    /// <summary>Compares two numbers exactly when both fit a decimal, else as doubles.</summary>
    public static int NumberCompare(JsonElement a, JsonElement b) =>
        a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x.CompareTo(y) : a.GetDouble().CompareTo(b.GetDouble());
}
