using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>The head run's results, merged from every input file, or why they could not be read.</summary>
internal sealed record HeadResults(ResultSet? Results, Unevaluable? Failure);
