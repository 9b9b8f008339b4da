namespace Toolkit.Gates.Policy;

/// <summary>Values from the command line (or a build script) that win over gates.yml; null leaves the configured value.</summary>
public sealed record PolicyOverrides
{
    public IReadOnlyList<string>? Paths { get; init; }

    public IReadOnlyList<string>? Packs { get; init; }

    public IReadOnlyList<string>? DisabledRules { get; init; }

    public IReadOnlyList<string>? CustomRules { get; init; }

    public string? ImageSizes { get; init; }

    /// <summary>Applies the overrides that are set.</summary>
    public PolicyOptions ApplyTo(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Paths = Paths is { Count: > 0 } ? Paths : options.Paths,
            Packs = Packs is { Count: > 0 } ? Packs : options.Packs,
            DisabledRules = DisabledRules is { Count: > 0 } ? [.. options.DisabledRules, .. DisabledRules] : options.DisabledRules,
            CustomRules = CustomRules is { Count: > 0 } ? CustomRules : options.CustomRules,
            ImageSizes = ImageSizes ?? options.ImageSizes,
        };
    }
}
