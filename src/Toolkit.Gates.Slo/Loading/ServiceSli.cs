using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>One SLO (objective) read from an upstream format, with the service whose golden path it joins.</summary>
internal sealed record ServiceSli(string Service, string Owner, Sli Sli, SourceLocation ServiceLocation);
