namespace Toolkit.Testing.JsonSchema;

/// <summary>RFC 6901 JSON pointer helpers.</summary>
internal static class JsonPointer
{
    public static string Append(string pointer, string token) =>
        pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The tokens of a pointer (a URI fragment, already percent-decoded), unescaped.</summary>
    public static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer.TrimStart('/').Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
