using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Configuration;

/// <summary>The shared <c>settings:</c> of gates.yml.</summary>
public sealed record ToolkitSettings
{
    /// <summary>The environment verdicts are for (<c>dev</c>, <c>stage</c>, <c>prod</c>, a preview name).
    /// The default value is <c>default</c>.</summary>
    public string Environment { get; init; } = "default";

    /// <summary>Where verdicts and evidence are written. The default value is <c>artifacts/gates</c>.</summary>
    public string Output { get; init; } = "artifacts/gates";

    /// <summary>Gates that must have a passing verdict for <c>gate decide</c> to say go, and that branch protection
    /// requires. The default value is every gate configured.</summary>
    public IReadOnlyList<string>? Required { get; init; }

    /// <summary>The lowest verdict that fails a run. The default value is <c>fail</c>; <c>warn</c> makes warnings fail.</summary>
    public VerdictStatus FailOn { get; init; } = VerdictStatus.Fail;

    /// <summary>Gates whose <c>error</c> verdict does not fail (explicit opt-in). The default value is none.</summary>
    public IReadOnlyList<string> FailOpen { get; init; } = [];

    /// <summary>Report formats written to the output directory. The default value is json, markdown and sarif.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["json", "markdown", "sarif"];
}
