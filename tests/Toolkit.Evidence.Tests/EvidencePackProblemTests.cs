using Toolkit.Evidence;
using Toolkit.Core.Json;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

public sealed class EvidencePackProblemTests
{
    private static EvidencePackResult Pack(EvidencePackRequest request, out byte[] written)
    {
        using var zip = new MemoryStream();
        var result = EvidencePack.Create(request, zip);
        written = zip.ToArray();
        return result;
    }

    [Fact]
    public void Evidence_changed_after_its_gate_recorded_it_stops_the_pack_and_nothing_is_written()
    {
        using var sample = new SamplePack();
        File.AppendAllText(sample.Output.Combine("performance-gate", "perf", "headroom.json"), " ");

        var result = Pack(sample.Request, out var written);

        Assert.False(result.Created);
        Assert.Empty(written);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("performance-gate/perf/headroom.json", problem.Entry);
        Assert.Contains("changed after performance-gate.verdict.json recorded it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_a_verdict_lists_but_the_directory_lacks_stops_the_pack()
    {
        using var sample = new SamplePack();
        File.Delete(sample.Output.Combine("migration-gate", "rollback.json"));

        var result = Pack(sample.Request, out _);

        Assert.Contains(result.Problems, p => p.Entry == "migration-gate/rollback.json" && p.Message.Contains("not in the directory", StringComparison.Ordinal));
    }

    [Fact]
    public void A_directory_without_verdicts_is_refused()
    {
        using var empty = new TempDirectory();
        var (privatePem, _) = Keys.P256();

        var result = Pack(new EvidencePackRequest("v3.0.0", empty.Path, privatePem, SamplePack.Range), out _);

        Assert.Contains("holds no verdict files", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_that_does_not_parse_or_has_nulls_is_refused()
    {
        using var sample = new SamplePack();
        sample.Output.Write("broken-gate.verdict.json", "{ not json");
        sample.Output.Write("nulls.verdict.json", "{\"gate\":\"nulls\",\"verdict\":\"pass\",\"summary\":null}");
        sample.Output.Write("liar.verdict.json", VerdictJson.Serialize(new GateVerdict("policy-ci", VerdictStatus.Pass, "ok")));

        var result = Pack(sample.Request, out _);

        Assert.Contains(result.Problems, p => p.Entry == "broken-gate.verdict.json" && p.Message.Contains("not a valid verdict", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Entry == "nulls.verdict.json");
        Assert.Contains(result.Problems, p => p.Entry == "liar.verdict.json" && p.Message.Contains("not of 'liar'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_in_the_directory_is_refused_not_followed()
    {
        using var sample = new SamplePack();
        File.CreateSymbolicLink(sample.Output.Combine("passwd"), "/etc/passwd");

        var result = Pack(sample.Request, out _);

        Assert.Contains(result.Problems, p => p.Entry == "passwd" && p.Message.Contains("symbolic link", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("back\\slash.json", "backslash")]
    [InlineData("drive:stream.json", "':'")]
    public void A_file_name_that_is_unsafe_in_a_zip_is_refused(string name, string reason)
    {
        using var sample = new SamplePack();
        File.WriteAllText(sample.Output.Combine(name), "{}");

        var result = Pack(sample.Request, out _);

        Assert.Contains(result.Problems, p => p.Entry == name && p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_files_that_would_share_a_pack_path_are_refused()
    {
        using var sample = new SamplePack();
        sample.Output.Write("sbom/sbom.spdx.json", "{}");

        var result = Pack(sample.Request, out _);

        Assert.Contains(result.Problems, p => p.Entry == "sbom/sbom.spdx.json" && p.Message.Contains("would share this path", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../v3")]
    [InlineData("v3 0")]
    public void A_version_that_cannot_name_a_release_is_refused(string version)
    {
        using var sample = new SamplePack();

        var result = Pack(sample.Request with { Version = version }, out _);

        Assert.Contains(result.Problems, p => p.Message.Contains("is not a release version", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_that_is_not_a_P256_private_key_is_refused()
    {
        using var sample = new SamplePack();

        var result = Pack(sample.Request with { SigningKeyPem = sample.PublicPem }, out _);

        Assert.Contains(result.Problems, p => p.Message.Contains("signing key is unusable", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_beyond_the_limits_is_refused_so_every_pack_made_verifies()
    {
        using var sample = new SamplePack();

        var result = Pack(sample.Request with { Limits = new EvidenceLimits { MaxEntries = 5 } }, out _);

        Assert.Contains(result.Problems, p => p.Message.Contains("exceed its limits", StringComparison.Ordinal));
    }
}
