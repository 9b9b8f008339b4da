namespace Toolkit.Gates.Migrations.Tests.Fixtures;

/// <summary>Tests that share the throwaway cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
