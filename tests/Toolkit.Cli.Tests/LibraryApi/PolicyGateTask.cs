using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy;

[TaskName("PolicyGate")]
public sealed class PolicyGateTask : AsyncFrostingTask<FrostingContext>
{
    public override async Task RunAsync(FrostingContext context)
    {
        // Reads .github/gates.yml; a malformed file throws GatesConfigException listing every problem.
        var session = GateSession.Open(context.Environment.WorkingDirectory.FullPath);
        var run = await session.RunAsync(new PolicyGate());
        context.Information($"{run.Verdict.Gate}: {run.Verdict.Verdict} - {run.Verdict.Summary}");
        if (session.Blocks(run))
        {
            throw new CakeException($"{run.Verdict.Gate} blocks the build; reports: {string.Join(", ", run.Files)}");
        }
    }
}
