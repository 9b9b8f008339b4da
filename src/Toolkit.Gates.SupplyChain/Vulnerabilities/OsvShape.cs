using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// The parts of the OSV schema (https://ossf.github.io/osv-schema/) the matcher relies on, checked before a record is
/// used: a record of the wrong shape is an error naming the entry, never a record quietly skipped or half read.
/// </summary>
internal static class OsvShape
{
    /// <exception cref="InvalidOperationException">The record is not shaped like OSV (the message names the JSON path).</exception>
    public static void Check(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Wrong("$", root, "an object (one OSV record per file; an array of records is not a record)");
        }

        Expect(root, "id", JsonValueKind.String, "$", required: true);
        if (!root.TryGetProperty("affected", out var affected))
        {
            return;
        }

        Expect(root, "affected", JsonValueKind.Array, "$");
        var i = 0;
        foreach (var entry in affected.EnumerateArray())
        {
            var at = $"$.affected[{i++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Wrong(at, entry, "an object");
            }

            if (entry.TryGetProperty("package", out var package))
            {
                Expect(entry, "package", JsonValueKind.Object, at);
                Expect(package, "ecosystem", JsonValueKind.String, at + ".package", required: true);
                Expect(package, "name", JsonValueKind.String, at + ".package", required: true);
            }

            Strings(entry, "versions", at);
            Ranges(entry, at);
        }
    }

    /// <summary>SEMVER ranges of an entry the matcher will use must hold semantic versions (OSV requires them there).</summary>
    /// <exception cref="InvalidOperationException">A SEMVER event is not a semantic version.</exception>
    public static void CheckSemver(OsvAffected affected, string path)
    {
        foreach (var range in affected.Ranges.Where(r => r.Type == "SEMVER"))
        {
            foreach (var e in range.Events.Where(e => e.Version != "0" && SemVersion.TryParse(e.Version) is null))
            {
                throw new InvalidOperationException($"{path} ({affected.Name}): SEMVER range event '{e.Kind}: {e.Version}' is not a semantic version");
            }
        }
    }

    private static void Ranges(JsonElement entry, string at)
    {
        if (!entry.TryGetProperty("ranges", out var ranges))
        {
            return;
        }

        Expect(entry, "ranges", JsonValueKind.Array, at);
        var r = 0;
        foreach (var range in ranges.EnumerateArray())
        {
            var rangeAt = $"{at}.ranges[{r++}]";
            if (range.ValueKind != JsonValueKind.Object)
            {
                throw Wrong(rangeAt, range, "an object");
            }

            Expect(range, "type", JsonValueKind.String, rangeAt);
            Expect(range, "events", JsonValueKind.Array, rangeAt, required: true);
            var e = 0;
            foreach (var item in range.GetProperty("events").EnumerateArray())
            {
                var eventAt = $"{rangeAt}.events[{e++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Wrong(eventAt, item, "an object");
                }

                foreach (var property in item.EnumerateObject().Where(p => p.Name is OsvEvent.Introduced or OsvEvent.Fixed or OsvEvent.LastAffected or OsvEvent.Limit))
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        throw Wrong($"{eventAt}.{property.Name}", property.Value, "a version string");
                    }
                }
            }
        }
    }

    private static void Strings(JsonElement element, string name, string at)
    {
        if (!element.TryGetProperty(name, out var list))
        {
            return;
        }

        Expect(element, name, JsonValueKind.Array, at);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Wrong($"{at}.{name}[{i}]", item, "a string");
            }

            i++;
        }
    }

    private static void Expect(JsonElement parent, string name, JsonValueKind kind, string at, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            if (required)
            {
                throw new InvalidOperationException($"{at}.{name} is missing");
            }

            return;
        }

        if (value.ValueKind != kind)
        {
            throw Wrong($"{at}.{name}", value, kind == JsonValueKind.Array ? "an array" : kind == JsonValueKind.Object ? "an object" : "a string");
        }
    }

    private static InvalidOperationException Wrong(string at, JsonElement value, string expected) =>
        new($"{at} is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not {expected}");
}
