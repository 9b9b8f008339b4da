namespace Toolkit.Gates.Slo.Burn;

/// <summary>How urgent a burn is (Google SRE workbook, "Alerting on SLOs").</summary>
internal enum BurnLevel
{
    None,

    /// <summary>Slow burn: a ticket. Warns by default.</summary>
    Ticket,

    /// <summary>Fast burn: a page. Fails by default.</summary>
    Page,
}
