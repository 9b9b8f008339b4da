namespace Toolkit.Gates.Performance.Headroom;

/// <summary>One load level measured against the SLO.</summary>
internal sealed record LevelOutcome(double Vus, long Requests, double Throughput, double Latency, double ErrorRate, bool MeetsSlo);
