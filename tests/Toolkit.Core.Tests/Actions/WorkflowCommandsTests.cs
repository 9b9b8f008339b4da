using Toolkit.Core.Actions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Actions;

public sealed class WorkflowCommandsTests
{
    private readonly StringWriter output = new();

    private WorkflowCommands Commands => new(output);

    [Fact]
    public void An_error_annotation_carries_every_position_and_the_title()
    {
        Commands.Annotation(Severity.Error, "Dropped column", new SourceLocation("db/001.sql", 3, 5, 4, 9), "ban-drop-column");

        Assert.Equal("::error file=db/001.sql,line=3,col=5,endLine=4,endColumn=9,title=ban-drop-column::Dropped column\n", output.ToString());
    }

    [Fact]
    public void A_note_is_written_as_a_notice_and_unknown_positions_are_left_out()
    {
        Commands.Annotation(Severity.Note, "FYI", new SourceLocation("README.md"), title: null);
        Commands.Annotation(Severity.Warning, "Careful", location: null, title: null);

        Assert.Equal("::notice file=README.md::FYI\n::warning::Careful\n", output.ToString());
    }

    [Fact]
    public void Messages_escape_percent_and_line_breaks_like_actions_core()
    {
        Commands.Annotation(Severity.Error, "100% broken\r\nsecond line: a, b", location: null, title: null);

        Assert.Equal("::error::100%25 broken%0D%0Asecond line: a, b\n", output.ToString());
    }

    [Fact]
    public void Properties_also_escape_colons_and_commas_in_file_names_and_titles()
    {
        Commands.Annotation(Severity.Warning, "m", new SourceLocation("C:/a,b%/c\nd.cs", 1), "t: x, y");

        Assert.Equal("::warning file=C%3A/a%2Cb%25/c%0Ad.cs,line=1,title=t%3A x%2C y::m\n", output.ToString());
    }

    [Fact]
    public void Add_mask_masks_the_secret_and_each_line_of_a_multi_line_secret()
    {
        Commands.AddMask("line-one\nline-two");

        Assert.Equal("::add-mask::line-one%0Aline-two\n::add-mask::line-one\n::add-mask::line-two\n", output.ToString());
    }

    [Fact]
    public void Groups_and_debug_messages_are_commands_too()
    {
        Commands.Group("Supply chain");
        Commands.Debug("resolved 3 packages");
        Commands.EndGroup();

        Assert.Equal("::group::Supply chain\n::debug::resolved 3 packages\n::endgroup::\n", output.ToString());
    }

    [Fact]
    public void Add_mask_through_a_masking_writer_reaches_the_runner_and_masks_later_lines()
    {
        var masker = new SecretMasker();
        using var masking = new MaskingTextWriter(output, masker, leaveOpen: true);
        var commands = new WorkflowCommands(masking);

        commands.AddMask("ghp_secret_token");
        commands.Annotation(Severity.Error, "token ghp_secret_token leaked", location: null, title: null);
        masking.Flush();

        Assert.Equal("::add-mask::ghp_secret_token\n::error::token *** leaked\n", output.ToString());
    }
}
