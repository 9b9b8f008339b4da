using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>Chooses an OSV record's severity from its <c>severity[]</c> CVSS vectors, falling back to its label.</summary>
internal static class OsvSeverity
{
    /// <summary>
    /// The first CVSS_V4 vector that scores wins, else the first CVSS_V3 one, else the record's
    /// <c>database_specific.severity</c> (or an affected entry's). A vector that does not parse is noted, never thrown on.
    /// </summary>
    public static OsvSeverityChoice Choose(JsonElement root, Func<VulnerabilitySeverity?> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var notes = new List<string>();
        (double Score, string Vector)? v4 = null, v3 = null;
        string? unscored = null;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("severity", out var severities) && severities.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in severities.EnumerateArray())
            {
                var type = OsvParser.Str(entry, "type");
                var vector = OsvParser.Str(entry, "score");
                if (type == "CVSS_V4" && v4 is null)
                {
                    if (CvssV4.TryScore(vector, out var score, out var error))
                    {
                        v4 = (score.Score, vector!.Trim());
                    }
                    else
                    {
                        notes.Add($"CVSS_V4 vector '{vector}' not scored: {error}");
                    }
                }
                else if (type == "CVSS_V3" && v3 is null)
                {
                    if (vector is not null && CvssV3.BaseScore(vector) is { } score)
                    {
                        v3 = (score, vector);
                    }
                    else
                    {
                        notes.Add($"CVSS_V3 vector '{vector}' not scored: not a complete CVSS:3.0/3.1 base vector");
                    }
                }

                unscored ??= vector;
            }
        }

        // v4 is preferred over v3: it is the current FIRST standard and, when a record has both, the later assessment;
        // its base metrics also separate attack requirements and the impact on subsequent systems, which v3 folds into
        // "scope", so for the same flaw it is the more precise of the two.
        if (v4 is { } four)
        {
            return new OsvSeverityChoice(Severities.FromScore(four.Score), four.Score, four.Vector, "4.0", notes);
        }

        if (v3 is { } three)
        {
            return new OsvSeverityChoice(Severities.FromScore(three.Score), three.Score, three.Vector, three.Vector[5..8], notes);
        }

        return new OsvSeverityChoice(label() ?? VulnerabilitySeverity.Unknown, null, unscored, null, notes);
    }
}
