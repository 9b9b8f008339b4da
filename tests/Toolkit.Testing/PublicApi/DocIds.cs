using System.Reflection;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// The ids the C# compiler gives members in the XML documentation file (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>,
/// <c>E:</c>), per the documentation-comments ID string rules.
/// </summary>
public static class DocIds
{
    /// <summary>The id of a type, e.g. <c>T:Toolkit.Core.Configuration.ConfigResult`1</c>.</summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return "T:" + TypeName(type);
    }

    /// <summary>The id of a member, e.g. <c>M:Toolkit.Core.Runtime.GateSession.#ctor(Toolkit.Core.Configuration.GatesConfig,...)</c>.</summary>
    public static string Of(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var owner = TypeName(member.DeclaringType!);
        return member switch
        {
            Type type => Of(type),
            FieldInfo field => $"F:{owner}.{field.Name}",
            EventInfo e => $"E:{owner}.{e.Name}",
            PropertyInfo property => $"P:{owner}.{property.Name}{Parameters(property.GetIndexParameters())}",
            ConstructorInfo constructor => $"M:{owner}.{(constructor.IsStatic ? "#cctor" : "#ctor")}{Parameters(constructor.GetParameters())}",
            MethodInfo method => $"M:{owner}.{method.Name}{(method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)}"
                + Parameters(method.GetParameters())
                + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Parameter(method.ReturnType) : string.Empty),
            _ => throw new ArgumentException($"Unexpected member kind {member.MemberType}.", nameof(member)),
        };
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Parameter(p.ParameterType))) + ")";

    private static string Parameter(Type type)
    {
        if (type.IsByRef)
        {
            return Parameter(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Parameter(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Parameter(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = TypeName(type.GetGenericTypeDefinition());
            var tick = definition.LastIndexOf('`');
            return definition[..tick] + "{" + string.Join(",", type.GetGenericArguments().Select(Parameter)) + "}";
        }

        return TypeName(type);
    }

    private static string TypeName(Type type) =>
        type.DeclaringType is { } outer && !type.IsGenericParameter
            ? TypeName(outer) + "." + type.Name
            : (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + type.Name;
}
