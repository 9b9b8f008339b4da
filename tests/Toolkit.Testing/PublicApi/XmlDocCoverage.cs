using System.Reflection;
using System.Xml.Linq;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// Which public types and members have no entry in their assembly's XML documentation file (written next to the dll
/// because GenerateDocumentationFile is on). Covers what CS1591 does not: projects where it is off, and the properties
/// of a record's positional parameters, which are documented only when the record has a <c>&lt;param&gt;</c> for them.
/// </summary>
public static class XmlDocCoverage
{
    /// <summary>The doc ids of <paramref name="types"/> and their visible members that are not documented, sorted.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var documented = new Dictionary<Assembly, HashSet<string>>();
        var missing = new List<string>();
        foreach (var type in types.Distinct())
        {
            if (!documented.TryGetValue(type.Assembly, out var ids))
            {
                ids = Load(type.Assembly);
                documented.Add(type.Assembly, ids);
            }

            var expected = new[] { DocIds.Of(type) }.Concat(ApiMembers.Of(type).Where(m => !IsImplicitConstructor(m)).Select(DocIds.Of));
            missing.AddRange(expected.Where(id => !ids.Contains(id)));
        }

        return [.. missing.Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A type's only constructor, without parameters (a record's copy constructor aside): the compiler's default one,
    /// which has no source to document.
    /// </summary>
    private static bool IsImplicitConstructor(MemberInfo member) =>
        member is ConstructorInfo { IsStatic: false } constructor
        && constructor.GetParameters().Length == 0
        && constructor.DeclaringType!.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Count(c => !(c.GetParameters() is [var copied] && copied.ParameterType == c.DeclaringType)) == 1;

    private static HashSet<string> Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No XML documentation file next to {assembly.Location}; is GenerateDocumentationFile on for {assembly.GetName().Name}?", path);
        }

        return XDocument.Load(path).Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
