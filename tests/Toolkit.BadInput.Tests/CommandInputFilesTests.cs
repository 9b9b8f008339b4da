using Toolkit.Testing;

namespace Toolkit.BadInput.Tests;

/// <summary>
/// The commands around the gates read user files too (keys, artifacts, evidence packs, the Actions event payload): a
/// FIFO or a device there is refused naming the file, never waited on or read without end.
/// </summary>
public sealed class CommandInputFilesTests
{
    [Theory]
    [InlineData(BrokenInput.Fifo)]
    [InlineData(BrokenInput.Device)]
    [InlineData(BrokenInput.Unreadable)]
    public async Task Attest_refuses_an_artifact_that_is_not_a_readable_regular_file(string kind)
    {
        using var gate = new GateProcess().WithFile("release.pem", Keys.P256().PrivatePem);
        var why = BrokenInput.Make(gate, "dist/app.tgz", kind);

        var result = await gate.RunAsync("attest", "dist/app.tgz", "--key", "release.pem");

        result.AssertInputError("app.tgz");
        Assert.Contains(why, result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrokenInput.Fifo)]
    [InlineData(BrokenInput.Folder)]
    [InlineData(BrokenInput.Device)]
    [InlineData(BrokenInput.Unreadable)]
    public async Task Evidence_verify_refuses_a_key_that_is_not_a_readable_regular_file(string kind)
    {
        using var gate = new GateProcess().WithFile("pack.zip", "not a pack\n");
        var why = BrokenInput.Make(gate, "release.pub", kind);

        var result = await gate.RunAsync("evidence", "verify", "pack.zip", "--key", "release.pub");

        result.AssertInputError("release.pub");
        Assert.Contains(why, result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrokenInput.Fifo)]
    [InlineData(BrokenInput.Device)]
    public async Task Evidence_verify_refuses_a_pack_that_is_not_a_regular_file(string kind)
    {
        using var gate = new GateProcess().WithFile("release.pub", Keys.P256().PublicPem);
        var why = BrokenInput.Make(gate, "pack.zip", kind);

        var result = await gate.RunAsync("evidence", "verify", "pack.zip", "--key", "release.pub");

        result.AssertNotPass();
        Assert.Contains("pack.zip", result.All, StringComparison.Ordinal);
        Assert.Contains(why, result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_as_the_actions_event_payload_is_refused_naming_it()
    {
        using var gate = new GateProcess().WithFile("Dockerfile", "FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1\nUSER 1000\n");
        BrokenInput.Make(gate, "runner/event.json", BrokenInput.Fifo);
        gate.WithEnvironment("GITHUB_ACTIONS", "true").WithEnvironment("GITHUB_EVENT_NAME", "pull_request").WithEnvironment("GITHUB_EVENT_PATH", gate.Repo.Combine("runner", "event.json"));

        var result = await gate.RunAsync("policy", "--publish", "none");

        BrokenInput.AssertRefused(gate, result, "runner/event.json", "cannot read the 'pull_request' event payload (GITHUB_EVENT_PATH): is not a regular file");
    }
}
