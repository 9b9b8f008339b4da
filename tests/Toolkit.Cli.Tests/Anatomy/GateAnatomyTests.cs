using System.Reflection;
using System.Runtime.CompilerServices;
using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>
/// Every gate has the same rooms (docs/architecture.md, "One gate's anatomy"), so a newcomer finds any rule, option or
/// report of any gate in one hop: the entry, its options record, one binder signature, its rules with one prefix,
/// small checks and its reporting.
/// </summary>
public sealed class GateAnatomyTests
{
    public static TheoryData<string> Gates => [.. GateAnatomy.All.Select(g => g.Id)];

    private static GateAnatomy Gate(string id) => GateAnatomy.All.Single(g => g.Id == id);

    [Theory]
    [MemberData(nameof(Gates))]
    public void The_entry_is_one_public_sealed_class_in_one_file(string id)
    {
        var gate = Gate(id);
        var entry = gate.Type($"{gate.Name}Gate");

        Assert.NotNull(entry);
        Assert.True(entry.IsPublic && entry.IsSealed && typeof(IGate).IsAssignableFrom(entry), $"{entry} must be a public sealed IGate");
        var folder = RepositoryPaths.InRepo("src", gate.Namespace);
        Assert.True(File.Exists(Path.Combine(folder, $"{gate.Name}Gate.cs")), $"{gate.Name}Gate.cs belongs at the root of {folder}");
        Assert.Empty(Directory.GetFiles(folder, $"{gate.Name}Gate.*.cs", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void Options_and_overrides_are_public_records_at_the_root(string id)
    {
        var gate = Gate(id);
        foreach (var name in new[] { $"{gate.Name}Options", $"{gate.Name}Overrides" })
        {
            var type = gate.Type(name);
            Assert.True(type is { IsPublic: true, IsSealed: true }, $"{gate.Namespace}.{name} must be a public sealed type");
            Assert.True(type.GetMethod("<Clone>$") is not null, $"{name} must be a record");
        }
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void The_binder_has_the_one_signature(string id)
    {
        var gate = Gate(id);
        var options = gate.Type($"{gate.Name}Options")!;
        var overrides = gate.Type($"{gate.Name}Overrides")!;

        var bind = gate.Binder.GetMethod("Bind", BindingFlags.Public | BindingFlags.Static, [typeof(GateSection), overrides]);
        Assert.True(bind is not null, $"{gate.Binder} needs static Bind(GateSection? section, {overrides.Name}? overrides)");
        Assert.Equal(typeof(ValueTuple<,>).MakeGenericType(options, typeof(IReadOnlyList<ConfigDiagnostic>)), bind.ReturnType);
        Assert.Equal(["Options", "Diagnostics"], bind.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>()!.TransformNames);
        Assert.NotEmpty(OptionKeys.Of(gate));
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void Rules_have_ids_with_the_gate_prefix_titles_and_help(string id)
    {
        var gate = Gate(id);
        var rules = GateRules.Of(gate);

        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            Assert.StartsWith(gate.RulePrefix, rule.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), $"{rule.Id} has no title");
            Assert.True(Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out var help) && help.Scheme == Uri.UriSchemeHttps, $"{rule.Id} has no https help link");
        });
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_two_gates_share_a_rule_prefix() =>
        Assert.Equal(GateAnatomy.All.Count, GateAnatomy.All.Select(g => g.RulePrefix).Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [MemberData(nameof(Gates))]
    public void Checks_and_reporting_have_their_own_rooms(string id)
    {
        var gate = Gate(id);
        var types = gate.Assembly.GetTypes().Where(t => !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null).ToList();

        Assert.Contains(types, t => t.Namespace == $"{gate.Namespace}.Checks");
        Assert.Contains(types, t => t.Namespace == $"{gate.Namespace}.Reporting");
        Assert.True(gate.Type($"Rules.{gate.Name}Rules") is not null, $"{gate.Namespace}.Rules.{gate.Name}Rules is missing");
    }
}
