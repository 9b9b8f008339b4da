using FsCheck;
using FsCheck.Fluent;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class CvssV4PropertyTests
{
    private static readonly IReadOnlyList<(string Name, string[] Values)> BaseMetrics = CvssV4Metrics.All.Take(CvssV4Metrics.BaseCount).ToList();

    /// <summary>One value per base metric, in specification order.</summary>
    private static readonly Gen<string[]> BaseValues = Gen.CollectToArray(BaseMetrics.Select(m => Gen.Elements(m.Values)));

    /// <summary>Every base metric plus a random subset of the optional ones (X included), in a random order.</summary>
    private static readonly Gen<string> FullVector =
        from values in BaseValues
        from optional in Gen.CollectToArray(CvssV4Metrics.All.Skip(CvssV4Metrics.BaseCount).Select(m => Gen.OneOf(Gen.Constant(string.Empty), Gen.Elements(m.Values.Select(v => $"{m.Name}:{v}")))))
        from parts in Gen.Shuffle(values.Select((v, i) => $"{BaseMetrics[i].Name}:{v}").Concat(optional.Where(o => o.Length > 0)))
        select "CVSS:4.0/" + string.Join('/', parts);

    /// <summary>Base metric values from least to most severe, in specification order (AV, AC, AT, PR, UI, then impacts).</summary>
    private static readonly string[][] LeastToMostSevere =
        [["P", "L", "A", "N"], ["H", "L"], ["P", "N"], ["H", "L", "N"], ["A", "P", "N"], .. Enumerable.Repeat<string[]>(["N", "L", "H"], 6)];

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Any_valid_base_vector_scores_in_range_with_one_decimal_and_a_consistent_rating() =>
        Prop.ForAll(BaseValues.ToArbitrary(), values =>
        {
            var scored = CvssV4.TryScore(Vector(values), out var score, out _);
            return scored && IsWellFormed(score!) && score!.Nomenclature == "CVSS-B";
        }).Check(Runs);

    [Fact]
    public void Any_valid_vector_with_threat_environmental_and_supplemental_metrics_in_any_order_scores_the_same_way() =>
        Prop.ForAll(FullVector.ToArbitrary(), vector => CvssV4.TryScore(vector, out var score, out _) && IsWellFormed(score!)).Check(Runs);

    /// <remarks>
    /// This holds for the official algorithm; before asserting it, it was checked against a transcription of the FIRST
    /// calculator exhaustively over all 104,976 base vectors, for every base metric (no single step towards more severe
    /// lowers a score), and on 400,000 random vectors for E, CR/IR/AR and MSI/MSA:S.
    /// </remarks>
    [Fact]
    public void Making_one_base_metric_more_severe_never_lowers_the_score()
    {
        var cases = from values in BaseValues from metric in Gen.Choose(0, BaseMetrics.Count - 1) select (values, metric);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (values, metric) = c;
            var order = LeastToMostSevere[metric];
            var step = Array.IndexOf(order, values[metric]);
            if (step == order.Length - 1)
            {
                return true;
            }

            var raised = (string[])values.Clone();
            raised[metric] = order[step + 1];
            Assert.True(CvssV4.TryScore(Vector(values), out var before, out _));
            Assert.True(CvssV4.TryScore(Vector(raised), out var after, out _));
            return after.Score >= before.Score;
        }).Check(Runs.WithMaxTest(2000));
    }

    [Fact]
    public void Arbitrary_strings_never_throw_and_are_rejected_with_a_reason() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Outcome(text)).Check(Runs);

    [Fact]
    public void Mangled_vectors_never_throw()
    {
        // Valid vectors with characters inserted, removed or replaced from the vector alphabet: near misses the parser sees most.
        const string alphabet = "CVS:4.0/AVNLPHXMSEURIDY:/ ";
        var edits = Gen.ListOf(Gen.Zip(Gen.Choose(0, 2), Gen.Zip(Gen.Choose(0, 200), Gen.Elements(alphabet.ToCharArray()))));
        var mangled =
            from vector in FullVector
            from changes in edits
            select changes.Aggregate(vector, (text, change) =>
            {
                var (kind, (position, character)) = change;
                var at = text.Length == 0 ? 0 : position % text.Length;
                return kind switch
                {
                    0 => text.Insert(at, character.ToString()),
                    1 when text.Length > 0 => text.Remove(at, 1),
                    _ when text.Length > 0 => text.Remove(at, 1).Insert(at, character.ToString()),
                    _ => text,
                };
            });
        Prop.ForAll(mangled.ToArbitrary(), text => Outcome(text)).Check(Runs.WithMaxTest(2000));
    }

    private static string Vector(string[] values) => "CVSS:4.0/" + string.Join('/', values.Select((v, i) => $"{BaseMetrics[i].Name}:{v}"));

    private static bool IsWellFormed(CvssV4Score score) =>
        score.Score is >= 0 and <= 10
        && Math.Round(score.Score, 1) == score.Score
        && score.Rating == Severities.Rating(score.Score)
        && (score.Rating == CvssRating.None) == (score.Score == 0.0)
        && score.MacroVector.Length == 6;

    /// <summary>Either a well-formed score or a rejection that says why; anything thrown fails the property.</summary>
    private static bool Outcome(string? text) =>
        CvssV4.TryScore(text, out var score, out var error) ? IsWellFormed(score) && error.Length == 0 : score is null && error.Length > 0;
}
