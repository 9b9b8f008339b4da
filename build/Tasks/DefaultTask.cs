using Toolkit.Build.Framework;

namespace Toolkit.Build.Tasks;

/// <summary>What <c>./build.sh</c> runs without <c>--target</c>: build, then gate the repository.</summary>
[TaskName("Default")]
[IsDependentOn(typeof(GatesTask))]
public sealed class DefaultTask : FrostingTask<BuildContext>;
