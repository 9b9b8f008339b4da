using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Dr;

/// <summary>One system whose disaster recovery the gate checks (an entry of <c>systems</c> in gates.yml).</summary>
/// <param name="Name">The system's name, as drill records name it.</param>
/// <param name="BackupTimestamp">PromQL giving the Unix time (seconds) of the last successful backup.</param>
/// <param name="Rpo">Recovery point objective: the oldest the last backup may be.</param>
/// <param name="Rto">Recovery time objective: the longest a drill's restore may take.</param>
/// <param name="Location">Where the entry is in gates.yml.</param>
public sealed record DrSystem(string Name, string BackupTimestamp, TimeSpan Rpo, TimeSpan Rto, SourceLocation? Location = null);
