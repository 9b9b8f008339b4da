namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>Values given on the command line; each one set wins over gates.yml.</summary>
public sealed record SupplyChainOverrides
{
    public string? BaseRef { get; init; }

    public string? OsvDatabase { get; init; }

    public IReadOnlyList<string>? SbomFormats { get; init; }

    public IReadOnlyList<string>? Artifacts { get; init; }

    public IReadOnlyList<string>? TrustedKeys { get; init; }

    public SupplyChainOptions ApplyTo(SupplyChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            BaseRef = BaseRef ?? options.BaseRef,
            OsvDatabase = OsvDatabase ?? options.OsvDatabase,
            SbomFormats = SbomFormats is { Count: > 0 } f ? f : options.SbomFormats,
            Artifacts = Artifacts is { Count: > 0 } a ? a : options.Artifacts,
            TrustedKeys = TrustedKeys is { Count: > 0 } k ? k : options.TrustedKeys,
        };
    }
}
