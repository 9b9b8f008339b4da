using System.Diagnostics;
using Toolkit.Core.IO;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.IO;

public sealed class UserFilesTests
{
    [Fact]
    public void Reads_a_regular_file_and_drops_the_byte_order_mark()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("a.yml", "\uFEFFkey: value\n");

        var (text, problem) = UserFiles.ReadText(path, "a.yml");

        Assert.Null(problem);
        Assert.Equal("key: value\n", text);
    }

    [Fact]
    public void Refuses_a_fifo_at_once_instead_of_waiting_for_a_writer()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("pipe");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        var (text, problem) = UserFiles.ReadText(path, "pipe");

        Assert.Null(text);
        Assert.Equal("pipe: is not a regular file (a pipe, socket or device); pass a file.", problem!.ToString());
    }

    [Fact]
    public void Refuses_a_device_that_never_ends_before_reading_it()
    {
        var (bytes, problem) = UserFiles.ReadBytes("/dev/zero", "/dev/zero");

        Assert.Null(bytes);
        Assert.Equal("/dev/zero: is not a regular file (a pipe, socket or device); pass a file.", problem!.ToString());
    }

    [Fact]
    public void Refuses_a_file_over_the_size_cap()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("big.json", new string('x', 2048));

        var (bytes, problem) = UserFiles.ReadBytes(path, "big.json", limit: 1024);

        Assert.Null(bytes);
        Assert.Contains("larger than 1024 bytes", problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_empty_regular_file_as_empty()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("empty.json", string.Empty);

        var (bytes, problem) = UserFiles.ReadBytes(path, "empty.json");

        Assert.Null(problem);
        Assert.Empty(bytes!);
    }

    [Fact]
    public void Opens_a_stream_only_over_a_regular_file()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("k6.ndjson", "{}\n");

        var (stream, problem) = UserFiles.OpenRead(path, "k6.ndjson");
        var (device, refused) = UserFiles.OpenRead("/dev/zero", "/dev/zero");

        using (stream)
        {
            Assert.Null(problem);
            Assert.Equal(3, stream!.Length);
        }

        Assert.Null(device);
        Assert.Contains("is not a regular file", refused!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_loose_text_as_file_read_all_text_does_and_throws_a_named_problem_when_asked()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("Dockerfile", string.Empty);
        File.WriteAllBytes(path, [.. "FROM a\n# "u8, 0xFF, .. "\n"u8]);

        var (text, problem) = UserFiles.ReadLooseText(path, "Dockerfile");
        var thrown = Assert.Throws<UserFileException>(() => UserFiles.ReadLooseTextOrThrow(folder.Path, "docker"));

        Assert.Null(problem);
        Assert.Equal(File.ReadAllText(path), text);
        Assert.Equal("docker: is a directory; pass a file.", thrown.Message);
    }

    [Fact]
    public void Refuses_a_directory()
    {
        using var folder = new TempDirectory();

        var (_, problem) = UserFiles.ReadText(folder.Path, "dir");

        Assert.Equal("dir: is a directory; pass a file.", problem!.ToString());
    }

    [Fact]
    public void Reports_invalid_utf8_at_its_line_and_column()
    {
        var (text, problem) = UserFiles.Decode([.. "a: 1\nb: x"u8, 0xFF, .. "\n"u8], "g.yml");

        Assert.Null(text);
        Assert.Equal(2, problem!.Line);
        Assert.Equal(5, problem.Column);
        Assert.StartsWith("g.yml:2:5: is not valid UTF-8 (byte 0xFF", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_a_permission_error_as_the_user_can_act_on_it()
    {
        Assert.StartsWith("cannot read: permission denied", UserFiles.Describe(new UnauthorizedAccessException("Access to the path '/x' is denied.")), StringComparison.Ordinal);
    }
}
