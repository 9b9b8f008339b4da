using Toolkit.Core.Reporting;

namespace Toolkit.Core.Tests.Reporting;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Escapes_pipes_backticks_html_and_newlines_for_a_table_cell()
    {
        // Given text that would break a table row
        const string text = "a | b `c` <img src=x>\nnext & *bold*";

        // When it is escaped
        var escaped = MarkdownText.Escape(text);

        // Then nothing in it can split the cell, open a span or emit HTML
        Assert.Equal("a \\| b \\`c\\` &lt;img src=x&gt;<br>next &amp; \\*bold\\*", escaped);
    }

    [Fact]
    public void A_code_span_survives_backticks_and_pipes()
    {
        // Given code with a backtick run and a pipe
        // When it is put in a code span
        var code = MarkdownText.Code("a``b|c");

        // Then the fence is longer than the run and the pipe is escaped for the table
        Assert.Equal("```a``b\\|c```", code);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        // Given text whose cut point falls inside an emoji
        const string text = "ab😀cd";

        // When it is shortened to four characters
        var truncated = MarkdownText.Truncate(text, 4);

        // Then the emoji is dropped whole
        Assert.Equal("ab…", truncated);
    }

    [Fact]
    public void A_table_escapes_plain_cells_and_keeps_markdown_cells_on_one_line()
    {
        // Given a table with a plain row and a Markdown row
        var table = new MarkdownTable("Name", "Value")
            .AddRow("a|b", "1")
            .AddMarkdownRow("`x`", "line\nbreak");

        // When it is rendered
        var markdown = table.ToMarkdown();

        // Then each row stays one line with its cells intact
        Assert.Equal("| Name | Value |\n| --- | --- |\n| a\\|b | 1 |\n| `x` | line<br>break |\n", markdown);
    }

    [Fact]
    public void A_link_is_only_made_for_web_addresses()
    {
        // Given a javascript: address and an https one
        // When links are made
        // Then only the https one becomes a link, with parentheses encoded
        Assert.Equal("x", MarkdownText.Link("x", "javascript:alert(1)"));
        Assert.Equal("[x](https://e.org/a%28b%29)", MarkdownText.Link("x", "https://e.org/a(b)"));
    }
}
