using Toolkit.Core.Events;

namespace Toolkit.Core.Tests.Events;

public sealed class NameStatusParserTests
{
    [Fact]
    public void Reads_copies_type_changes_and_names_with_tabs_and_newlines()
    {
        const string output = "C75\0a.txt\0b.txt\0T\0link\0M\0odd\tname\nhere.txt\0";

        var files = NameStatusParser.Parse(output);

        Assert.Equal(
            [
                new ChangedFile(ChangedFileStatus.Added, "b.txt", "a.txt"),
                new ChangedFile(ChangedFileStatus.Modified, "link"),
                new ChangedFile(ChangedFileStatus.Modified, "odd\tname\nhere.txt"),
            ],
            files);
    }

    [Fact]
    public void Reads_no_output_as_no_changes_and_ignores_a_truncated_entry()
    {
        Assert.Empty(NameStatusParser.Parse(string.Empty));
        Assert.Equal([new ChangedFile(ChangedFileStatus.Deleted, "x")], NameStatusParser.Parse("D\0x\0R100\0only-old"));
    }
}
