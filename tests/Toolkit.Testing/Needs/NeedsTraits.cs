using System.Reflection;

namespace Toolkit.Testing.Needs;

/// <summary>
/// Finds test classes that use a fixture or collection marked <see cref="NeedsServiceAttribute"/> (through
/// <c>IClassFixture&lt;T&gt;</c> or <c>[Collection]</c>) without the matching <c>[Trait("Needs", ...)]</c>. Reads xunit's
/// attributes by name, so this project needs no xunit.core reference.
/// </summary>
public static class NeedsTraits
{
    /// <summary>One line per missing trait, naming the class and the service; empty when every user is tagged.</summary>
    public static IReadOnlyList<string> Untagged(Assembly tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return Untagged(tests.GetTypes(), tests);
    }

    /// <summary>As <see cref="Untagged(Assembly)"/>, for <paramref name="classes"/> only.</summary>
    public static IReadOnlyList<string> Untagged(IEnumerable<Type> classes, Assembly tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var collections = tests.GetTypes()
            .Select(t => (Type: t, Name: FirstArgument(t, "Xunit.CollectionDefinitionAttribute")))
            .Where(c => c.Name is not null)
            .ToDictionary(c => c.Name!, c => c.Type, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var type in classes)
        {
            var tagged = type.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == "Xunit.TraitAttribute" && (string?)a.ConstructorArguments[0].Value == NeedsTrait.Name)
                .Select(a => (string?)a.ConstructorArguments[1].Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var service in Needed(type, collections).Where(s => !tagged.Contains(s)).Distinct(StringComparer.Ordinal))
            {
                problems.Add($"{type.FullName} needs {service} but has no [Trait(\"{NeedsTrait.Name}\", \"{service}\")]");
            }
        }

        return problems;
    }

    private static IEnumerable<string> Needed(Type type, Dictionary<string, Type> collections)
    {
        var sources = new List<Type>();
        sources.AddRange(Fixtures(type, "Xunit.IClassFixture`1"));
        if (FirstArgument(type, "Xunit.CollectionAttribute") is { } name && collections.TryGetValue(name, out var definition))
        {
            sources.Add(definition);
            sources.AddRange(Fixtures(definition, "Xunit.ICollectionFixture`1"));
        }

        return sources.SelectMany(s => s.GetCustomAttributes<NeedsServiceAttribute>()).Select(a => a.Service);
    }

    private static IEnumerable<Type> Fixtures(Type type, string fixtureInterface) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition().FullName == fixtureInterface)
            .Select(i => i.GetGenericArguments()[0]);

    private static string? FirstArgument(Type type, string attribute) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == attribute && a.ConstructorArguments.Count > 0)
            .Select(a => a.ConstructorArguments[0].Value as string)
            .FirstOrDefault();
}
