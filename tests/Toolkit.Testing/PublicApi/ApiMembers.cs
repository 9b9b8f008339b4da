using System.Reflection;
using System.Runtime.CompilerServices;

namespace Toolkit.Testing.PublicApi;

/// <summary>
/// The members of a type that other assemblies can use: public and protected, declared by the type itself. Accessors
/// are part of their property or event, nested types are listed on their own, and what the compiler synthesizes for a
/// record (Equals, ToString, <c>&lt;Clone&gt;$</c> ...) is implied by the word <c>record</c>.
/// </summary>
public static class ApiMembers
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The visible members of <paramref name="type"/>, in no particular order.</summary>
    public static IReadOnlyList<MemberInfo> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var properties = type.GetProperties(Declared).Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod)).ToList();
        var events = type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod)).ToList();
        var accessors = properties.SelectMany(p => new[] { p.GetMethod, p.SetMethod })
            .Concat(events.SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }))
            .OfType<MethodInfo>()
            .ToHashSet();
        var fields = type.GetFields(Declared).Where(f => !f.IsSpecialName && (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly));
        var methods = type.GetMethods(Declared).Where(m => IsVisible(m) && !accessors.Contains(m) && !Synthesized(m));
        var constructors = type.GetConstructors(Declared).Where(c => IsVisible(c) && !c.IsStatic && !Synthesized(c));
        return [.. fields, .. constructors, .. properties.Where(p => !(p.Name == "EqualityContract" && IsRecord(type))), .. events, .. methods];
    }

    /// <summary>True for a record type (class or struct): the compiler gave it <c>PrintMembers</c>.</summary>
    public static bool IsRecord(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetMethod("PrintMembers", Declared, [typeof(System.Text.StringBuilder)]) is { } print && print.IsDefined(typeof(CompilerGeneratedAttribute));
    }

    /// <summary>Public, protected or protected internal; <c>private protected</c> is not reachable from outside.</summary>
    public static bool IsVisible(MethodBase? method) =>
        method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static bool Synthesized(MemberInfo member) =>
        member.Name.StartsWith('<') || (member.IsDefined(typeof(CompilerGeneratedAttribute)) && member.DeclaringType is { } type && IsRecord(type));
}
