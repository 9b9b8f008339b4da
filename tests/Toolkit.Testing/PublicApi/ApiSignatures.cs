using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// One line of C#-like text per type and member, with everything a caller depends on: kind, modifiers, types with
/// their nullable annotations, parameter names and default values, accessors, constant values. Not thread-safe.
/// </summary>
public sealed class ApiSignatures
{
    private readonly NullabilityInfoContext nullability = new();

    /// <summary>E.g. <c>public sealed record Toolkit.Core.Runtime.GateRun : IEquatable&lt;GateRun&gt;</c>.</summary>
    public static string Header(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var access = type.IsPublic || type.IsNestedPublic ? "public" : "protected";
        var name = FullName(type);
        if (typeof(MulticastDelegate).IsAssignableFrom(type.BaseType))
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"{access} delegate {ApiTypeNames.Plain(invoke.ReturnType)} {name}({string.Join(", ", invoke.GetParameters().Select(p => ApiTypeNames.Plain(p.ParameterType) + " " + p.Name))})";
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return $"{access} enum {name}" + (underlying == typeof(int) ? string.Empty : " : " + ApiTypeNames.Plain(underlying));
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(ApiTypeNames.Plain(baseType));
        }

        var record = ApiMembers.IsRecord(type);
        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic || i.IsNestedPublic)
            .Where(i => !(record && i == typeof(IEquatable<>).MakeGenericType(type)))
            .Select(ApiTypeNames.Plain)
            .Order(StringComparer.Ordinal));
        var kind = Kind(type, record);
        return $"{access} {kind} {name}" + (bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases)) + Constraints(type.GetGenericArguments());
    }

    /// <summary>E.g. <c>public Task&lt;GateRun&gt; RunAsync(IGate gate, CancellationToken cancellationToken = default)</c>.</summary>
    public string Member(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var text = member switch
        {
            FieldInfo field => Field(field),
            ConstructorInfo constructor => $"{Access(constructor)} {constructor.DeclaringType!.Name.Split('`')[0]}({Parameters(constructor)})",
            PropertyInfo property => Property(property),
            EventInfo e => $"{Access(e.AddMethod!)} {Modifiers(e.AddMethod!)}event {ApiTypeNames.Annotated(e.EventHandlerType!, nullability.Create(e), null, parameter: false)} {e.Name}",
            MethodInfo method => Method(method),
            _ => throw new ArgumentException($"Unexpected member kind {member.MemberType}.", nameof(member)),
        };
        return member.IsDefined(typeof(ObsoleteAttribute)) ? "[Obsolete] " + text : text;
    }

    /// <summary>The namespace-qualified name with generic parameters, e.g. <c>Toolkit.Core.Configuration.ConfigResult&lt;T&gt;</c>.</summary>
    public static string FullName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + Unqualified(type);
    }

    private static string Kind(Type type, bool record)
    {
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsValueType)
        {
            var isReadOnly = type.IsDefined(typeof(IsReadOnlyAttribute));
            return (isReadOnly ? "readonly " : string.Empty) + (record ? "record struct" : "struct");
        }

        var word = record ? "record" : "class";
        return type switch
        {
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract " + word,
            { IsSealed: true } => "sealed " + word,
            _ => word,
        };
    }

    private string Field(FieldInfo field)
    {
        var type = ApiTypeNames.Annotated(field.FieldType, nullability.Create(field), TupleNames(field), parameter: false);
        if (field.DeclaringType!.IsEnum)
        {
            return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
        }

        var access = field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";
        if (field.IsLiteral)
        {
            return $"{access} const {type} {field.Name} = {Literal(field.GetRawConstantValue(), field.FieldType)}";
        }

        var modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{access} {modifiers}{type} {field.Name}";
    }

    private string Property(PropertyInfo property)
    {
        var accessor = ApiMembers.IsVisible(property.GetMethod) ? property.GetMethod! : property.SetMethod!;
        var access = Access(accessor);
        var accessors = new List<string>();
        if (ApiMembers.IsVisible(property.GetMethod))
        {
            accessors.Add(AccessorPrefix(property.GetMethod!, access) + "get;");
        }

        if (ApiMembers.IsVisible(property.SetMethod))
        {
            var init = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(AccessorPrefix(property.SetMethod!, access) + (init ? "init;" : "set;"));
        }

        var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
        var type = ApiTypeNames.Annotated(property.PropertyType, nullability.Create(property), TupleNames(property), parameter: false);
        // An indexer's parameters are read from its accessor: those of the property lack their nullable annotations.
        var indexer = accessor.GetParameters().Take(property.GetIndexParameters().Length).ToList();
        var name = indexer.Count == 0 ? property.Name : $"this[{string.Join(", ", indexer.Select(Parameter))}]";
        return $"{access} {required}{Modifiers(accessor)}{type} {name} {{ {string.Join(" ", accessors)} }}";
    }

    private string Method(MethodInfo method)
    {
        var returns = ApiTypeNames.Annotated(method.ReturnType, nullability.Create(method.ReturnParameter), TupleNames(method.ReturnParameter), parameter: false);
        var generics = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
        var constraints = method.IsGenericMethodDefinition ? Constraints(method.GetGenericArguments()) : string.Empty;
        return $"{Access(method)} {Modifiers(method)}{returns} {method.Name}{generics}({Parameters(method)}){constraints}";
    }

    private string Parameters(MethodBase method)
    {
        var extension = method.IsDefined(typeof(ExtensionAttribute));
        return string.Join(", ", method.GetParameters().Select((p, i) => (extension && i == 0 ? "this " : string.Empty) + Parameter(p)));
    }

    private string Parameter(ParameterInfo parameter)
    {
        var prefix = parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params "
            : !parameter.ParameterType.IsByRef ? string.Empty
            : parameter.IsOut ? "out "
            : parameter.IsIn ? "in "
            : "ref ";
        var type = ApiTypeNames.Annotated(parameter.ParameterType, nullability.Create(parameter), TupleNames(parameter), parameter: !parameter.IsOut);
        var value = parameter.HasDefaultValue ? " = " + Literal(parameter.RawDefaultValue, parameter.ParameterType) : string.Empty;
        return $"{prefix}{type} {parameter.Name}{value}";
    }

    private static string Access(MethodBase method) =>
        method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : "protected";

    /// <summary>An accessor's own access, when it differs from the member's (<c>protected set;</c>).</summary>
    private static string AccessorPrefix(MethodBase accessor, string memberAccess) =>
        Access(accessor) is var own && own != memberAccess ? own + " " : string.Empty;

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsStatic ? (method.IsAbstract ? "static abstract " : "static ") : string.Empty;
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (overrides)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string Constraints(Type[] arguments)
    {
        var clauses = new List<string>();
        foreach (var argument in arguments.Where(a => a.IsGenericParameter))
        {
            var attributes = argument.GenericParameterAttributes;
            var parts = new List<string>();
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(ApiTypeNames.Plain));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", parts)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string Literal(object? value, Type type)
    {
        var target = type.IsByRef ? type.GetElementType()! : type;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            null => underlying.IsValueType && Nullable.GetUnderlyingType(target) is null ? "default" : "null",
            _ when underlying.IsEnum => ApiTypeNames.Plain(underlying) + "." + Enum.ToObject(underlying, value),
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"",
            bool b => b ? "true" : "false",
            char c => "'" + c + "'",
            double.MinValue => "double.MinValue",
            double.MaxValue => "double.MaxValue",
            int.MinValue => "int.MinValue",
            int.MaxValue => "int.MaxValue",
            long.MinValue => "long.MinValue",
            long.MaxValue => "long.MaxValue",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string Unqualified(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick < 0 ? name : name[..tick];
        var own = type.IsGenericTypeDefinition
            ? type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).Select(a => a.Name).ToList()
            : [];
        var generics = own.Count == 0 ? string.Empty : "<" + string.Join(", ", own) + ">";
        return (type.DeclaringType is { } outer ? Unqualified(outer) + "." : string.Empty) + name + generics;
    }

    private static IList<string?>? TupleNames(ICustomAttributeProvider provider) =>
        provider.GetCustomAttributes(typeof(TupleElementNamesAttribute), inherit: false).OfType<TupleElementNamesAttribute>().FirstOrDefault()?.TransformNames;
}
