// Kept rather than WireMock: a WireMock stub is stateless and would lose these checks of every request against GitHub's OpenAPI description.
using System.Diagnostics;
using System.Text.Json;
using Toolkit.Testing;

namespace Toolkit.Testing.GitHub.Contract;

/// <summary>
/// GitHub's published OpenAPI description of its REST API, used to check that requests the toolkit sends are ones
/// GitHub documents: path, method, query parameters and JSON body. Read with <see cref="JsonDocument"/> rather than
/// Microsoft.OpenApi, which took 7.4 s (api.github.com) and 2.5 s (ghes-3.17) to load and reports errors on
/// GitHub's own paths; the walk here takes well under a second.
/// </summary>
public sealed partial class GitHubContract
{
    private static readonly Lazy<GitHubContract> GitHubComDescription = new(() => Load(ContractFile("api.github.com.json"), "api.github.com"));
    private static readonly Lazy<GitHubContract> Ghes317Description = new(() => Load(ContractFile("ghes-3.17.json"), "ghes-3.17"));

    private readonly List<PathTemplate> templates;
    private readonly SchemaValidator validator;

    // The elements keep the document alive; it lives as long as the test run, so it is never disposed.
    private GitHubContract(string name, JsonDocument document)
    {
        Name = name;
        validator = new SchemaValidator(document.RootElement);
        templates = Index(document.RootElement, validator);
    }

    /// <summary>api.github.com, loaded once per test run.</summary>
    public static GitHubContract GitHubCom => GitHubComDescription.Value;

    /// <summary>GitHub Enterprise Server 3.17, loaded once per test run. Its paths are below <c>/api/v3</c>.</summary>
    public static GitHubContract Ghes317 => Ghes317Description.Value;

    /// <summary>Every description the toolkit must satisfy.</summary>
    public static IReadOnlyList<GitHubContract> All => [GitHubCom, Ghes317];

    /// <summary>A short name for messages: <c>api.github.com</c>, <c>ghes-3.17</c>.</summary>
    public string Name { get; }

    /// <summary>How long reading and indexing the description took.</summary>
    public TimeSpan LoadTime { get; private init; }

    /// <summary>The number of path templates the description has.</summary>
    public int PathCount => templates.Count;

    /// <summary>Reads an OpenAPI 3 JSON description.</summary>
    public static GitHubContract Load(string path, string name)
    {
        var clock = Stopwatch.StartNew();
        var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new GitHubContract(name, document) { LoadTime = clock.Elapsed };
    }

    public override string ToString() => Name;

    private static string ContractFile(string fileName) => Path.Combine(RepositoryPaths.Contracts, "github", fileName);

    private static List<PathTemplate> Index(JsonElement root, SchemaValidator validator)
    {
        var result = new List<PathTemplate>();
        if (!root.TryGetProperty("paths", out var paths))
        {
            return result;
        }

        foreach (var item in paths.EnumerateObject())
        {
            var shared = Parameters(item.Value, validator);
            var operations = new List<ApiOperation>();
            foreach (var entry in item.Value.EnumerateObject().Where(e => IsMethod(e.Name)))
            {
                var own = Parameters(entry.Value, validator);
                // Operation parameters override path-item ones of the same name and location.
                var merged = own.Concat(shared.Where(s => !own.Any(o => SameParameter(o, s)))).ToList();
                var id = entry.Value.TryGetProperty("operationId", out var operationId) ? operationId.GetString() : null;
                operations.Add(new ApiOperation(entry.Name.ToUpperInvariant(), item.Name, id, entry.Value, merged));
            }

            var multi = operations.SelectMany(o => o.ParametersIn("path")).Where(IsMultiSegment).Select(ApiOperation.NameOf);
            var template = new PathTemplate(item.Name, multi);
            foreach (var operation in operations)
            {
                template.Operations[operation.Method] = operation;
            }

            result.Add(template);
        }

        // Most specific first, so a literal segment wins over a parameter that would also match it.
        return [.. result.OrderByDescending(t => t.LiteralCount)];
    }

    private static List<JsonElement> Parameters(JsonElement owner, SchemaValidator validator) =>
        owner.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array
            ? [.. parameters.EnumerateArray().Select(validator.Resolve).Where(p => p.ValueKind == JsonValueKind.Object)]
            : [];

    private static bool SameParameter(JsonElement a, JsonElement b) =>
        ApiOperation.NameOf(a) == ApiOperation.NameOf(b) && a.GetProperty("in").GetString() == b.GetProperty("in").GetString();

    private static bool IsMultiSegment(JsonElement parameter) =>
        (parameter.TryGetProperty("x-multi-segment", out var flag) && flag.ValueKind == JsonValueKind.True)
        || (parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("x-multi-segment", out flag) && flag.ValueKind == JsonValueKind.True);

    private static bool IsMethod(string name) => name is "get" or "put" or "post" or "delete" or "options" or "head" or "patch" or "trace";
}
