namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>What a PromQL token is; operators carry their text in <see cref="PromToken.Text"/>.</summary>
internal enum PromTokenKind
{
    End,
    Identifier,
    Number,
    String,
    Duration,
    Operator,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,
    At,
    Error,
}
