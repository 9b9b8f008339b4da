using Toolkit.Gates.SupplyChain.Licenses;

namespace Toolkit.Gates.SupplyChain.Tests.Licenses;

public sealed class LicensePolicyTests
{
    private static readonly LicensePolicy DenyGpl = new([], ["GPL-3.0-only", "AGPL-3.0-only"]);
    private static readonly LicensePolicy AllowPermissive = new(["MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0-only WITH Classpath-exception-2.0"], []);

    [Theory]
    [InlineData("MIT OR GPL-3.0-only", LicenseDecision.Allowed)]
    [InlineData("GPL-3.0-only", LicenseDecision.Denied)]
    [InlineData("MIT AND GPL-3.0-only", LicenseDecision.Denied)]
    [InlineData("(MIT OR Apache-2.0) AND AGPL-3.0-only", LicenseDecision.Denied)]
    [InlineData("(MIT AND AGPL-3.0-only) OR Apache-2.0", LicenseDecision.Allowed)]
    [InlineData("gpl-3.0-only", LicenseDecision.Denied)]
    public void Deny_lists_fail_only_expressions_that_cannot_avoid_a_denied_license(string expression, LicenseDecision expected) =>
        Assert.Equal(expected, DenyGpl.Evaluate(expression).Decision);

    [Theory]
    [InlineData("MIT", LicenseDecision.Allowed)]
    [InlineData("MIT AND ISC", LicenseDecision.NotAllowed)]
    [InlineData("ISC OR Apache-2.0", LicenseDecision.Allowed)]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", LicenseDecision.Allowed)]
    [InlineData("GPL-2.0-only", LicenseDecision.NotAllowed)]
    [InlineData("Apache-2.0 AND (MIT OR BSD-3-Clause)", LicenseDecision.Allowed)]
    public void Allow_lists_need_one_choice_made_only_of_allowed_licenses(string expression, LicenseDecision expected) =>
        Assert.Equal(expected, AllowPermissive.Evaluate(expression).Decision);

    [Theory]
    [InlineData(null, LicenseDecision.Unknown)]
    [InlineData("", LicenseDecision.Unknown)]
    [InlineData("MIT AND", LicenseDecision.Invalid)]
    [InlineData("(MIT OR Apache-2.0", LicenseDecision.Invalid)]
    [InlineData("SEE LICENSE IN LICENSE.txt", LicenseDecision.Invalid)]
    public void Missing_or_malformed_expressions_are_never_guessed(string? expression, LicenseDecision expected) =>
        Assert.Equal(expected, DenyGpl.Evaluate(expression).Decision);

    [Fact]
    public void And_binds_tighter_than_or()
    {
        // Given an expression without parentheses
        // When it is parsed
        var expression = SpdxExpression.TryParse("MIT OR Apache-2.0 AND BSD-3-Clause", out _);

        // Then AND groups first: two alternatives, the second with two licenses
        Assert.Equal("(MIT OR (Apache-2.0 AND BSD-3-Clause))", expression!.ToString());
        Assert.Equal([1, 2], expression.Alternatives().Select(a => a.Count));
    }
}
