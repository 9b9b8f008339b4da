using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>Turns OSV JSON into <see cref="OsvAdvisory"/>; withdrawn records are skipped, records of the wrong shape refused.</summary>
internal static class OsvParser
{
    /// <summary>Parses one record; null when it is withdrawn or none of its packages is wanted.</summary>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    /// <exception cref="InvalidOperationException">The JSON is not shaped like an OSV record (names the entry).</exception>
    public static OsvAdvisory? Parse(ReadOnlySpan<byte> json, string source, Func<string, string, bool>? wanted = null)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        OsvShape.Check(root);
        var id = Str(root, "id")!;
        if (Str(root, "withdrawn") is not null)
        {
            return null;
        }

        var affected = new List<OsvAffected>();
        if (root.TryGetProperty("affected", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (!entry.TryGetProperty("package", out var package) || Str(package, "ecosystem") is not { } ecosystem || Str(package, "name") is not { } name)
                {
                    continue;
                }

                if (wanted is not null && !wanted(ecosystem, name))
                {
                    continue;
                }

                var item = new OsvAffected(ecosystem, name, Ranges(entry), Strings(entry, "versions"))
                {
                    Severity = Nested(entry, "database_specific", "severity") ?? Nested(entry, "ecosystem_specific", "severity"),
                };
                OsvShape.CheckSemver(item, "$.affected");
                affected.Add(item);
            }
        }

        if (affected.Count == 0)
        {
            return null;
        }

        var choice = OsvSeverity.Choose(root, () => Severities.Parse(Nested(root, "database_specific", "severity")) ?? affected.Select(a => Severities.Parse(a.Severity)).FirstOrDefault(s => s is not null));
        return new OsvAdvisory(id, Strings(root, "aliases"), Str(root, "summary") ?? Str(root, "details") ?? id, choice.Severity, choice.Score, affected)
        {
            Source = source,
            Vector = choice.Vector,
            CvssVersion = choice.Version,
            SeverityNotes = choice.Notes,
        };
    }

    /// <summary>
    /// A cheap pre-filter: true when some <c>"name"</c> string in the record is in <paramref name="names"/>
    /// (upper-cased). Scanning tokens allocates nothing, so most of a large database is skipped without a parse.
    /// </summary>
    public static bool MentionsAny(ReadOnlySpan<byte> json, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var expectName = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                expectName = reader.ValueTextEquals("name"u8);
            }
            else if (expectName && reader.TokenType == JsonTokenType.String)
            {
                if (names.Contains(OsvEcosystems.Loose(reader.GetString()!)))
                {
                    return true;
                }

                expectName = false;
            }
            else
            {
                expectName = false;
            }
        }

        return false;
    }

    private static List<OsvRange> Ranges(JsonElement entry)
    {
        var ranges = new List<OsvRange>();
        if (!entry.TryGetProperty("ranges", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return ranges;
        }

        foreach (var range in list.EnumerateArray())
        {
            var events = new List<OsvEvent>();
            if (range.TryGetProperty("events", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    foreach (var property in item.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.String && property.Name is OsvEvent.Introduced or OsvEvent.Fixed or OsvEvent.LastAffected or OsvEvent.Limit)
                        {
                            events.Add(new OsvEvent(property.Name, property.Value.GetString()!));
                        }
                    }
                }
            }

            ranges.Add(new OsvRange(Str(range, "type") ?? "ECOSYSTEM", events));
        }

        return ranges;
    }

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(outer, out var value) ? Str(value, inner) : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
