using System.Text.RegularExpressions;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>Fills <c>{{window}}</c> (also Sloth's <c>{{.window}}</c>) and <c>{{selector}}</c> in PromQL templates.</summary>
internal static partial class QueryTemplate
{
    public static bool HasWindow(string query) => Window().IsMatch(query);

    public static string Render(string query, string window, string? selector = null)
    {
        var withWindow = Window().Replace(query, window);
        return Selector().Replace(withWindow, selector ?? string.Empty);
    }

    [GeneratedRegex(@"\{\{\s*\.?window\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Window();

    [GeneratedRegex(@"\{\{\s*\.?selector\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Selector();
}
