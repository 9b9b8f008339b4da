using System.Text.Json;

namespace Toolkit.Testing.JsonSchema;

/// <summary>
/// Schemas by URI: every <c>$id</c> (root and embedded, absolute or relative to its parent) and every anchor, so
/// <c>$ref</c>s between files resolve the way a validator fetching them would, without the network.
/// </summary>
public sealed class SchemaRegistry
{
    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal) { "enum", "const", "examples", "default" };

    private readonly Dictionary<string, SchemaNode> resources = new(StringComparer.Ordinal);

    /// <summary>The URIs of every schema resource loaded.</summary>
    public IEnumerable<Uri> Resources => resources.Keys.Where(k => !k.Contains('#', StringComparison.Ordinal)).Select(k => new Uri(k));

    /// <summary>Loads a schema file; its <c>$id</c> wins over the file's own URI, which is registered too.</summary>
    /// <returns>The schema's URI.</returns>
    public Uri Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Add(File.ReadAllText(path), new Uri(Path.GetFullPath(path)));
    }

    /// <summary>Loads every <c>*.json</c> file in a directory.</summary>
    public IReadOnlyList<Uri> LoadDirectory(string directory, string searchPattern = "*.json") =>
        Directory.GetFiles(directory, searchPattern).Order(StringComparer.Ordinal).Select(Load).ToList();

    /// <summary>Adds a schema from text.</summary>
    /// <param name="json">The schema.</param>
    /// <param name="retrievalUri">Where it came from, used when it has no absolute <c>$id</c>.</param>
    /// <returns>The schema's URI.</returns>
    public Uri Add(string json, Uri? retrievalUri = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement.Clone();
        var baseUri = retrievalUri ?? new Uri("urn:toolkit:schema:" + Guid.NewGuid().ToString("N"));
        if (retrievalUri is not null)
        {
            resources[Key(retrievalUri)] = new SchemaNode(root, WithIdOf(root, retrievalUri));
        }

        var id = WithIdOf(root, baseUri);
        Index(root, id);
        resources[Key(id)] = new SchemaNode(root, id);
        return id;
    }

    /// <summary>Finds the schema a URI (with an optional pointer or anchor fragment) names.</summary>
    internal bool TryResolve(Uri uri, out SchemaNode node)
    {
        var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
        var resource = new UriBuilder(uri) { Fragment = string.Empty }.Uri;
        if (fragment.Length > 0 && !fragment.StartsWith('/'))
        {
            return resources.TryGetValue(Key(resource) + "#" + fragment, out node);
        }

        if (!resources.TryGetValue(Key(resource), out node))
        {
            return false;
        }

        foreach (var token in JsonPointer.Tokens(fragment))
        {
            var current = node.Schema;
            JsonElement next;
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                next = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                next = current[index];
            }
            else
            {
                return false;
            }

            node = new SchemaNode(next, WithIdOf(next, node.BaseUri));
        }

        return true;
    }

    /// <summary>The base URI inside <paramref name="schema"/>: its <c>$id</c> resolved against the outer base.</summary>
    internal static Uri WithIdOf(JsonElement schema, Uri outer) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("$id", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } text
        && !text.StartsWith('#')
            ? new Uri(outer, text)
            : outer;

    /// <summary>The registry key of a URI: absolute, with an empty fragment dropped.</summary>
    internal static string Key(Uri uri) => uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);

    private void Index(JsonElement element, Uri baseUri)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var here = WithIdOf(element, baseUri);
                if (!ReferenceEquals(here, baseUri) && here != baseUri)
                {
                    resources[Key(here)] = new SchemaNode(element, here);
                }

                RegisterAnchor(element, here, "$anchor");
                RegisterAnchor(element, here, "$id");
                foreach (var property in element.EnumerateObject().Where(p => !DataKeywords.Contains(p.Name)))
                {
                    Index(property.Value, here);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Index(item, baseUri);
                }

                break;
        }
    }

    private void RegisterAnchor(JsonElement element, Uri baseUri, string keyword)
    {
        if (element.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            var name = text.StartsWith('#') ? text[1..] : keyword == "$anchor" ? text : null;
            if (name is { Length: > 0 } && !name.StartsWith('/'))
            {
                resources[Key(baseUri) + "#" + name] = new SchemaNode(element, baseUri);
            }
        }
    }
}
