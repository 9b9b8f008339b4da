using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Why a check could not be done (the gate's <c>error</c>, fail closed), and where in gates.yml or the repository.</summary>
internal sealed record CheckError(string Message, SourceLocation? Location = null);
