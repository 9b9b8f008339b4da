namespace Toolkit.Core.Runtime;

/// <summary>The toolkit's documented exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Every gate passed (warnings included, unless --fail-on warn).</summary>
    public const int Passed = 0;

    /// <summary>A gate failed, or could not evaluate and is not fail-open.</summary>
    public const int Failed = 1;

    /// <summary>Usage or input error: bad arguments, a malformed gates.yml.</summary>
    public const int UsageError = 2;
}
