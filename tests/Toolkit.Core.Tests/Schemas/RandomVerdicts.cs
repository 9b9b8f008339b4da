using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;

namespace Toolkit.Core.Tests.Schemas;

/// <summary>A seeded generator of arbitrary verdicts, for schema round trips (same seed, same verdicts).</summary>
internal sealed class RandomVerdicts(int seed)
{
    private const string Alphabet = "abcXYZ019 -_:,%/\\\"'\n\r\té€😀<>&";

    private readonly Random random = new(seed);

    public GateVerdict Next() => new(Pick(GateIds.All), Pick(Enum.GetValues<VerdictStatus>()), Text())
    {
        Environment = Maybe() ? "default" : Word(),
        Metrics = Enumerable.Range(0, random.Next(4)).ToDictionary(i => Word() + i, _ => Number()),
        Thresholds = List(() => new ThresholdResult(Word(), Text(), Maybe() ? null : Number(), Maybe())),
        Findings = List(Finding),
        Waived = List(() => new WaivedFinding(Finding(), Waiver())),
        Evidence = List(() => new EvidenceItem(Word() + "/" + Word(), Convert.ToHexStringLower(Bytes(32))) { Signature = Maybe() ? Text() : null }),
        FailOpen = Maybe(),
        Provenance = Maybe() ? null : Provenance(),
    };

    private Finding Finding() => new(
        Word(),
        Pick(Enum.GetValues<Severity>()),
        Text(),
        Maybe() ? null : new SourceLocation(Word() + ".cs", random.Next(0, 500), random.Next(0, 80), random.Next(0, 500), random.Next(0, 80)),
        Maybe() ? null : "https://example.com/" + Word(),
        Maybe() ? null : Word(),
        Maybe() ? null : Enumerable.Range(0, random.Next(3)).ToDictionary(i => Word() + i, _ => Text()))
    {
        Title = Maybe() ? null : Text(),
        Aliases = List(Word),
    };

    private Waiver Waiver() => new(
        Pick(GateIds.All), Word() + "*", Maybe() ? "**" : Word() + "/**", Text(), "@" + Word(),
        DateOnly.FromDayNumber(random.Next(700_000, 800_000)), new SourceLocation(".github/gates.yml", random.Next(1, 100), random.Next(1, 20)));

    private Provenance Provenance()
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(random.Next(-12, 14) * 60)).AddSeconds(random.Next(0, 200_000_000)).AddTicks(random.Next(0, 10_000_000));
        return new Provenance("0.1." + random.Next(10), Maybe() ? null : "o/r", Maybe() ? null : Convert.ToHexStringLower(Bytes(20)), Maybe() ? null : Convert.ToHexStringLower(Bytes(20)), Word(), start, start.AddMilliseconds(random.Next(1, 100_000)))
        {
            RunUrl = Maybe() ? null : "https://github.com/o/r/actions/runs/" + random.Next(),
        };
    }

    private List<T> List<T>(Func<T> item) => Enumerable.Range(0, random.Next(4)).Select(_ => item()).ToList();

    private bool Maybe() => random.Next(2) == 0;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private double Number() => random.Next(4) switch
    {
        0 => random.Next(-1000, 1000),
        1 => random.NextDouble(),
        2 => random.NextDouble() * 1e12,
        _ => -random.NextDouble() * 1e-9,
    };

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private string Word() => new(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray());

    private string Text()
    {
        var length = random.Next(0, 30);
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            chars.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        // The alphabet holds surrogate halves; keep only well-formed text, as a gate would produce.
        return new string(chars.ToString().Where(c => !char.IsSurrogate(c)).ToArray());
    }
}
