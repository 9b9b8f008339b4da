using Toolkit.Core.Runtime;

namespace Toolkit.Core.Reporting;

// INTERIM: replaced by the reporters branch at merge.
public sealed record ConsoleStyle(bool Color, int Width = 100)
{
    public static ConsoleStyle Detect(RunEnvironment env, bool isOutputRedirected) => new(!env.IsCi && !isOutputRedirected);
}
