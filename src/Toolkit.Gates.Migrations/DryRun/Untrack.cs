using System.Diagnostics;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Forgets a finished program in <see cref="ProcessRunner"/>'s list of running ones.</summary>
internal sealed class Untrack(Process process) : IDisposable
{
    public void Dispose() => ProcessRunner.Forget(process);
}
