namespace Toolkit.Testing.GitHub;

/// <summary>One request the fake received: method, path with query, headers and the JSON body as sent.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string Path => PathAndQuery.Split('?')[0];

    public bool IsMutating => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Method} {PathAndQuery}";
}
