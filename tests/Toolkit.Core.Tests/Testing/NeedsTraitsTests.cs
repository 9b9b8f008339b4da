using Toolkit.Testing.Needs;

namespace Toolkit.Core.Tests.Testing;

public sealed class NeedsTraitsTests
{
    [Fact]
    public void A_class_using_a_service_fixture_or_collection_without_the_trait_is_named()
    {
        // Given classes using a service fixture directly or through a collection, tagged and untagged
        Type[] classes = [typeof(UntaggedFixtureUser), typeof(TaggedFixtureUser), typeof(UntaggedCollectionMember), typeof(TaggedCollectionMember)];

        // When the check reads them
        var problems = NeedsTraits.Untagged(classes, typeof(NeedsTraitsTests).Assembly);

        // Then only the untagged ones are named, with the trait they lack
        Assert.Equal(
            [
                $"{typeof(UntaggedFixtureUser).FullName} needs Chromium but has no [Trait(\"Needs\", \"Chromium\")]",
                $"{typeof(UntaggedCollectionMember).FullName} needs PostgreSQL but has no [Trait(\"Needs\", \"PostgreSQL\")]",
            ],
            problems);
    }

    // No test methods: xunit runs none of these, the check reads their attributes only.
    [NeedsService(NeedsTrait.Chromium)]
    private sealed class BrowserFixture;

    [NeedsService(NeedsTrait.PostgreSQL)]
    [CollectionDefinition("needs-traits sample")]
    public sealed class DatabaseCollection;

    private sealed class UntaggedFixtureUser : IClassFixture<BrowserFixture>;

    [Trait("Needs", "Chromium")]
    private sealed class TaggedFixtureUser : IClassFixture<BrowserFixture>;

    [Collection("needs-traits sample")]
    private sealed class UntaggedCollectionMember;

    [Trait("Needs", "PostgreSQL")]
    [Collection("needs-traits sample")]
    private sealed class TaggedCollectionMember;
}
