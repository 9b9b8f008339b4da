using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Why a check could not judge at all: the gate's verdict is then <c>error</c>, never a pass.</summary>
internal sealed record Unevaluable(string Message, SourceLocation? Location);
