using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>The advisories of the configured sources in one index, with a report line and metrics (<c>osv.*</c>) per source.</summary>
internal sealed record LoadedAdvisories(OsvDatabase Database, IReadOnlyList<string> Sources, IReadOnlyDictionary<string, double> Metrics);
