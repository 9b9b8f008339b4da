using Xunit;

namespace Toolkit.Testing.Needs;

/// <summary>
/// Derive one empty class from this in a test project whose fixtures start a real service: its test fails when a test
/// class uses such a fixture without the <c>Needs</c> trait, which would let it slip into the fast filtered run.
/// </summary>
public abstract class NeedsTraitCheck
{
    [Fact]
    public void Every_test_class_using_a_service_fixture_carries_its_Needs_trait() =>
        Assert.Empty(NeedsTraits.Untagged(GetType().Assembly));
}
