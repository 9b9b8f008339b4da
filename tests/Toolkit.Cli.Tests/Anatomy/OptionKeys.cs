using System.Reflection;
using Toolkit.Core.Configuration;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>A gate's option keys, read from its binder's <c>Keys</c>.</summary>
public static class OptionKeys
{
    public static IReadOnlyList<OptionKey> Of(GateAnatomy gate) =>
        gate.Binder.GetProperty("Keys", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<OptionKey>
        ?? throw new InvalidOperationException($"{gate.Binder} needs static IReadOnlyList<OptionKey> Keys");
}
