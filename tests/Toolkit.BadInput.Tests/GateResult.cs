namespace Toolkit.BadInput.Tests;

/// <summary>What one <c>gate</c> process did: exit code and both streams.</summary>
internal sealed record GateResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    /// <summary>Bad input is reported, never answered with a .NET stack trace or an "unhandled" crash.</summary>
    public void AssertNoCrash()
    {
        Assert.DoesNotContain("Unhandled exception", All, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at [\w.`<>]+\(", All);
        Assert.NotEqual(134, ExitCode);
    }

    /// <summary>An input error: exit 2, no crash, and the message names <paramref name="fragment"/> (a file, line or input).</summary>
    public void AssertInputError(string fragment)
    {
        AssertNoCrash();
        Assert.True(ExitCode == 2, $"expected exit 2, got {ExitCode}\n{All}");
        Assert.Contains(fragment, All, StringComparison.Ordinal);
    }

    /// <summary>A fail-open class: whatever went wrong, the outcome is not a pass.</summary>
    public void AssertNotPass()
    {
        AssertNoCrash();
        Assert.True(ExitCode != 0, $"expected a non-zero exit, got 0\n{All}");
    }
}
