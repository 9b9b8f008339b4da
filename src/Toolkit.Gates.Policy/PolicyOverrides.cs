namespace Toolkit.Gates.Policy;

/// <summary>Values from the command line (or a build script) that win over gates.yml; null leaves the configured value.</summary>
public sealed record PolicyOverrides
{
    /// <summary>Files or folders to check, relative to the repository; replace the configured ones (the command line's <c>paths</c> arguments).</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>Rule packs to run (<see cref="Rules.PolicyPacks"/>); replace the configured ones (<c>--pack</c>).</summary>
    public IReadOnlyList<string>? Packs { get; init; }

    /// <summary>Rule ids (or their former ids, before the <c>policy/</c> prefix) to switch off, added to the configured ones (<c>--disable-rule</c>).</summary>
    public IReadOnlyList<string>? DisabledRules { get; init; }

    /// <summary>YAML files of declarative custom rules; replace the configured ones (<c>--custom-rules</c>).</summary>
    public IReadOnlyList<string>? CustomRules { get; init; }

    /// <summary>A JSON image size report (<c>docker image inspect</c> output) checked against the budgets (<c>--image-sizes</c>).</summary>
    public string? ImageSizes { get; init; }

    /// <summary>The Prometheus the alert rules are checked against (<c>--prometheus-url</c>); an http(s) URL.</summary>
    public string? PrometheusUrl { get; init; }

    /// <summary>The pull request's base revision, whose rule files are replayed for the noise change (<c>--base</c>).</summary>
    public string? BaseRef { get; init; }
}
