using System.Reflection;
using System.Text;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// The public API of a set of types as text, sorted so the same API always gives the same text and a change shows as a
/// small diff: types by full name, then per type its fields, constructors, properties, events and methods by name.
/// </summary>
public static class ApiSurface
{
    /// <summary>Renders <paramref name="types"/> under a header that says what the file is and how to accept a change.</summary>
    /// <param name="title">What the file covers, e.g. <c>Toolkit.Core</c>.</param>
    /// <param name="types">The types; nested types are rendered like any other.</param>
    /// <param name="producedBy">The test that compares it, named in the header.</param>
    public static string Render(string title, IEnumerable<Type> types, string producedBy)
    {
        ArgumentNullException.ThrowIfNull(types);
        var signatures = new ApiSignatures();
        var text = new StringBuilder()
            .Append("# Public API of ").Append(title).Append(": every type below and its public and protected members.\n")
            .Append("# Compared by ").Append(producedBy).Append("; after a deliberate change, run the tests with UPDATE_API_SNAPSHOT=1 and commit.\n");
        foreach (var type in types.Distinct().OrderBy(ApiSignatures.FullName, StringComparer.Ordinal))
        {
            text.Append('\n').Append(ApiSignatures.Header(type)).Append('\n');
            foreach (var line in Ordered(type).Select(signatures.Member))
            {
                text.Append("    ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<MemberInfo> Ordered(Type type)
    {
        var members = ApiMembers.Of(type);
        if (type.IsEnum)
        {
            return members.OfType<FieldInfo>().OrderBy(f => f.GetRawConstantValue()).ThenBy(f => f.Name, StringComparer.Ordinal);
        }

        return members
            .OrderBy(Group)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m is MethodBase method ? method.GetParameters().Length : 0)
            .ThenBy(m => string.Join(",", m is MethodBase method ? method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name) : []), StringComparer.Ordinal);
    }

    private static int Group(MemberInfo member) => member switch
    {
        FieldInfo => 0,
        ConstructorInfo => 1,
        PropertyInfo => 2,
        EventInfo => 3,
        _ => 4,
    };
}
