using System.Reflection;

namespace Toolkit.Core.Runtime;

/// <summary>The toolkit's name and version, as stamped into verdicts, SARIF and the User-Agent.</summary>
public static class ToolkitInfo
{
    /// <summary>The tool name; SARIF names each gate's driver <c>toolkit-&lt;gate&gt;</c>.</summary>
    public const string Name = "toolkit";

    /// <summary>The project's home page, SARIF's <c>informationUri</c>.</summary>
    public const string InformationUri = "https://github.com/toolkit/toolkit";

    /// <summary>The informational version without the source-revision suffix.</summary>
    public static string Version { get; } =
        (typeof(ToolkitInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
