using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Tests.Sql;

public sealed class StatementSplitterTests
{
    [Fact]
    public void Semicolons_inside_dollar_quotes_strings_comments_and_identifiers_do_not_split()
    {
        // Given a file with every construct that may hide a semicolon
        var sql = """
            CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
            DO $body$ BEGIN PERFORM 'a;b'; END $body$;
            /* outer /* nested; */ still comment; */ SELECT E'it\'s; here', 'o''k;', "we;ird" FROM t;
            -- a line comment; with a semicolon
            SELECT 1
            """;

        // When it is split
        var result = StatementSplitter.Split(sql);

        // Then there are four statements at the right places
        Assert.Null(result.Error);
        Assert.Equal(4, result.Statements.Count);
        Assert.Equal((1, 1), (result.Statements[0].Line, result.Statements[0].Column));
        Assert.Equal((2, 1), (result.Statements[1].Line, result.Statements[1].Column));
        Assert.Equal((3, 42), (result.Statements[2].Line, result.Statements[2].Column));
        Assert.Equal((5, 1), (result.Statements[3].Line, result.Statements[3].Column));
        Assert.Contains(result.Statements[2].Tokens, t => t.Kind == TokenKind.String && t.Value == "it's; here");
        Assert.Contains(result.Statements[2].Tokens, t => t.Kind == TokenKind.QuotedIdentifier && t.Value == "we;ird");
    }

    [Fact]
    public void Dollar_quote_tags_must_match_to_close()
    {
        // Given a $a$ body that contains $b$ and $$
        var result = StatementSplitter.Split("SELECT $a$ x $b$ y $$ z; $a$; SELECT 2;");

        // Then the inner delimiters do not close it
        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(" x $b$ y $$ z; ", result.Statements[0].Tokens[1].Value);
    }

    [Fact]
    public void Quoted_identifiers_keep_case_and_words_are_folded()
    {
        var tokens = SqlLexer.Lex("ALTER TABLE \"Users\" ADD Col int").Tokens;

        Assert.Equal("Users", tokens[2].Value);
        Assert.Equal("col", tokens[4].Value);
    }

    [Fact]
    public void Begin_atomic_function_bodies_are_one_statement()
    {
        var sql = "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;\nSELECT 3;";

        var result = StatementSplitter.Split(sql);

        Assert.Equal(2, result.Statements.Count);
        Assert.Equal(2, result.Statements[1].Line);
    }

    [Theory]
    [InlineData("SELECT 'abc", 1, 8, "unterminated string")]
    [InlineData("SELECT 1;\n  SELECT E'a\\'", 2, 10, "unterminated string")]
    [InlineData("SELECT 1; /* a /* b */", 1, 11, "unterminated block comment")]
    [InlineData("SELECT \"abc", 1, 8, "unterminated quoted identifier")]
    [InlineData("DO $x$ BEGIN END $y$;", 1, 4, "unterminated dollar-quoted string")]
    public void Unterminated_constructs_are_reported_where_they_start(string sql, int line, int column, string message)
    {
        // When broken SQL is split
        var result = StatementSplitter.Split(sql);

        // Then the error names the construct and its position
        Assert.NotNull(result.Error);
        Assert.Equal((line, column), (result.Error.Line, result.Error.Column));
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positional_parameters_and_casts_are_not_dollar_quotes_or_variables()
    {
        var tokens = SqlLexer.Lex("SELECT $1::text, a::int FROM t").Tokens;

        Assert.Equal(TokenKind.Parameter, tokens[1].Kind);
        Assert.True(tokens[2].IsSymbol("::"));
        Assert.True(tokens[6].IsSymbol("::"));
    }
}
