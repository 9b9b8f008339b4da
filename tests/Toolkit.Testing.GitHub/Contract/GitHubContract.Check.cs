using System.Globalization;
using System.Text.Json;

namespace Toolkit.Testing.GitHub.Contract;

/// <summary>Checking one request against the description.</summary>
public sealed partial class GitHubContract
{
    private const string GhesApiPrefix = "/api/v3";

    /// <summary>
    /// Every way the request departs from the description: no path template matches, the method is not an operation
    /// of it, a path or query parameter is unknown or has an invalid value, or the JSON body breaks the operation's
    /// request body schema. Empty when the request is one GitHub documents.
    /// </summary>
    /// <param name="method">The HTTP method, any case.</param>
    /// <param name="pathAndQuery">The path and query (<c>/repos/o/r/pulls/1/files?page=2</c>); a GHES <c>/api/v3</c> prefix or a full URL is accepted.</param>
    /// <param name="jsonBody">The request body, or null when none was sent.</param>
    public IReadOnlyList<ContractViolation> Check(string method, string pathAndQuery, string? jsonBody)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var request = $"{method.ToUpperInvariant()} {pathAndQuery}";
        var violations = new List<ContractViolation>();
        var (path, query) = SplitRequestTarget(pathAndQuery);

        var candidates = Candidates(path);
        if (candidates.Count == 0 && RepositoryById(path) is { } alias)
        {
            candidates = Candidates(alias);
        }

        if (candidates.Count == 0)
        {
            violations.Add(new(Name, request, null, "path", $"no path template of {Name} matches '{path}'"));
            return violations;
        }

        var match = candidates.FirstOrDefault(m => m.Template.Operations.ContainsKey(method));
        if (match.Template is null)
        {
            var best = candidates[0].Template;
            violations.Add(new(Name, request, null, "method",
                $"{method.ToUpperInvariant()} is not an operation of {best.Template} (it has {string.Join(", ", best.Operations.Keys)})"));
            return violations;
        }

        var operation = match.Template.Operations[method];
        void Add(string location, string problem) => violations.Add(new(Name, request, operation.OperationId, location, problem));

        foreach (var (name, value) in match.Values!)
        {
            var parameter = operation.ParametersIn("path").FirstOrDefault(p => ApiOperation.NameOf(p) == name);
            if (parameter.ValueKind == JsonValueKind.Object && ScalarProblem(Uri.UnescapeDataString(value), parameter) is { } problem)
            {
                Add($"path.{name}", problem);
            }
        }

        CheckQuery(operation, query, Add);
        CheckBody(operation, jsonBody, Add);
        return violations;
    }

    private List<(PathTemplate Template, Dictionary<string, string>? Values)> Candidates(string path)
    {
        var concrete = PathTemplate.Split(path);
        return [.. templates.Select(t => (Template: t, Values: t.Match(concrete))).Where(m => m.Values is not null)];
    }

    /// <summary>
    /// GitHub's <c>Link</c> headers page through <c>/repositories/{id}/issues</c>, a form the description does not list:
    /// read it as the <c>/repos/{owner}/{repo}/...</c> operation it stands for.
    /// </summary>
    private static string? RepositoryById(string path)
    {
        var parts = PathTemplate.Split(path);
        return parts.Length > 2 && parts[0] == "repositories" && parts[1].All(char.IsAsciiDigit)
            ? $"/repos/repository-{parts[1]}/by-id/{string.Join('/', parts[2..])}"
            : null;
    }

    private static (string Path, string Query) SplitRequestTarget(string pathAndQuery)
    {
        var target = Uri.TryCreate(pathAndQuery, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.PathAndQuery
            : pathAndQuery;
        var mark = target.IndexOf('?', StringComparison.Ordinal);
        var path = mark < 0 ? target : target[..mark];
        var query = mark < 0 ? string.Empty : target[(mark + 1)..];
        if (path.StartsWith(GhesApiPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[GhesApiPrefix.Length..];
        }

        return (path, query);
    }

    private void CheckQuery(ApiOperation operation, string query, Action<string, string> add)
    {
        var declared = operation.ParametersIn("query").ToDictionary(ApiOperation.NameOf, StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (!declared.TryGetValue(name, out var parameter))
            {
                var known = declared.Count == 0 ? "it declares none" : "declared: " + string.Join(", ", declared.Keys.Order(StringComparer.Ordinal));
                add($"query.{name}", $"is not a query parameter of {operation.OperationId} ({known})");
            }
            else if (ScalarProblem(value, parameter) is { } problem)
            {
                add($"query.{name}", problem);
            }
        }

        static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private void CheckBody(ApiOperation operation, string? jsonBody, Action<string, string> add)
    {
        var hasBody = !string.IsNullOrWhiteSpace(jsonBody);
        var requestBody = operation.Element.TryGetProperty("requestBody", out var declared) ? validator.Resolve(declared) : default;
        if (requestBody.ValueKind != JsonValueKind.Object)
        {
            if (hasBody)
            {
                add("body", $"{operation.OperationId} takes no request body, but one was sent");
            }

            return;
        }

        if (!hasBody)
        {
            if (requestBody.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True)
            {
                add("body", $"{operation.OperationId} requires a request body, but none was sent");
            }

            return;
        }

        if (!requestBody.TryGetProperty("content", out var content)
            || !content.TryGetProperty("application/json", out var media)
            || !media.TryGetProperty("schema", out var schema))
        {
            return; // A raw upload (text/plain, octet-stream): nothing to check as JSON.
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(jsonBody!);
        }
        catch (JsonException ex)
        {
            add("body", $"is not valid JSON: {ex.Message}");
            return;
        }

        using (body)
        {
            foreach (var error in validator.Validate(body.RootElement, schema))
            {
                add(error.Location, error.Problem);
            }
        }
    }

    /// <summary>Checks a path or query value (always text on the wire) against the parameter's schema.</summary>
    private string? ScalarProblem(string value, JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var declared) ? validator.Resolve(declared) : default;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "array")
        {
            var items = schema.TryGetProperty("items", out var itemSchema) ? validator.Resolve(itemSchema) : default;
            return value.Split(',').Select(v => items.ValueKind == JsonValueKind.Object ? ScalarProblem(v, items, null) : null).FirstOrDefault(p => p is not null);
        }

        return ScalarProblem(value, schema, type);
    }

    private static string? ScalarProblem(string value, JsonElement schema, string? type)
    {
        type ??= schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var problem = type switch
        {
            "integer" when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => $"'{value}' is not an integer",
            "number" when !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => $"'{value}' is not a number",
            "boolean" when value is not ("true" or "false") => $"'{value}' is not true or false",
            _ => null,
        };
        if (problem is null && schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(option => (option.ValueKind == JsonValueKind.String ? option.GetString() : option.GetRawText()) == value))
        {
            problem = $"'{value}' is not one of: {string.Join(", ", allowed.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString() : o.GetRawText()))}";
        }

        return problem;
    }
}
