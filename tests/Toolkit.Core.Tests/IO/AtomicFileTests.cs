using Toolkit.Core.IO;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task Replaces_the_file_whole_and_leaves_no_temporary()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("report.md", "old");

        await AtomicFile.WriteTextAsync(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.md"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_write_that_fails_half_way_like_a_full_disk_leaves_the_old_file_and_no_temporary()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("report.md", "old");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, async (stream, token) =>
        {
            await stream.WriteAsync("half"u8.ToArray(), token);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["report.md"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_new_file_that_cannot_be_completed_is_not_left_empty()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("verdict.json");

        await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, (_, _) => throw new IOException("No space left on device")));

        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }
}
