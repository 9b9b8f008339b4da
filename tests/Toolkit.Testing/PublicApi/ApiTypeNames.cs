using System.Reflection;
using System.Runtime.CompilerServices;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// Type names as C# writes them: keywords, <c>List&lt;string?&gt;</c>, <c>int?</c>, <c>(string Name, int Line)</c>.
/// Namespaces are left out so lines stay readable; each type's own header line carries its full name.
/// </summary>
public static class ApiTypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(char)] = "char",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
    };

    /// <summary>A type without nullability (base types, interfaces, constraints).</summary>
    public static string Plain(Type type) => Render(type, null, null, parameter: false);

    /// <summary>
    /// A member's type with its nullable annotations. <paramref name="tupleNames"/> come from the member's
    /// <see cref="TupleElementNamesAttribute"/>; <paramref name="parameter"/> reads the write state (what callers may pass).
    /// </summary>
    public static string Annotated(Type type, NullabilityInfo nullability, IList<string?>? tupleNames, bool parameter) =>
        Render(type, nullability, tupleNames is null ? null : new Queue<string?>(tupleNames), parameter);

    private static string Render(Type type, NullabilityInfo? info, Queue<string?>? names, bool parameter)
    {
        if (type.IsByRef)
        {
            return Render(type.GetElementType()!, info, names, parameter);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Render(underlying, info?.GenericTypeArguments.FirstOrDefault(), names, parameter) + "?";
        }

        var mark = !type.IsValueType && info is not null && (parameter ? info.WriteState : info.ReadState) == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Render(type.GetElementType()!, info?.ElementType, names, parameter) + "[" + new string(',', rank - 1) + "]" + mark;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        if (!type.IsGenericType)
        {
            return Simple(type) + mark;
        }

        var arguments = type.GetGenericArguments();
        if (IsTuple(type))
        {
            // Pre-order: a tuple's own element names come before the names of tuples nested in it.
            var elementNames = arguments.Select(_ => names is { Count: > 0 } ? names.Dequeue() : null).ToList();
            var elements = arguments.Select((a, i) =>
                Render(a, info?.GenericTypeArguments.ElementAtOrDefault(i), names, parameter) + (elementNames[i] is { } n ? " " + n : string.Empty));
            return "(" + string.Join(", ", elements) + ")" + mark;
        }

        var rendered = arguments.Select((a, i) => Render(a, info?.GenericTypeArguments.ElementAtOrDefault(i), names, parameter));
        return Simple(type) + "<" + string.Join(", ", rendered) + ">" + mark;
    }

    private static bool IsTuple(Type type) =>
        type.IsValueType && type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal);

    /// <summary>The name without namespace or generic arity, with declaring types (<c>Outer.Inner</c>).</summary>
    private static string Simple(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        return type.DeclaringType is { } outer && !type.IsGenericParameter ? Simple(outer) + "." + name : name;
    }
}
