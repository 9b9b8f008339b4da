using Toolkit.Core.Actions;

namespace Toolkit.Core.Tests.Actions;

public sealed class SecretMaskerTests
{
    private const string Token = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";

    [Fact]
    public void Masks_every_occurrence_of_a_secret()
    {
        var masker = new SecretMasker();
        masker.Add(Token);

        Assert.Equal("Authorization: Bearer *** and again ***.", masker.Apply($"Authorization: Bearer {Token} and again {Token}."));
    }

    [Fact]
    public void Secrets_shorter_than_four_characters_are_ignored()
    {
        var masker = new SecretMasker();

        Assert.False(masker.Add("abc"));
        Assert.Equal("abc", masker.Apply("abc"));
    }

    [Fact]
    public void A_secret_containing_another_is_masked_whole()
    {
        var masker = new SecretMasker();
        masker.Add("pass");
        masker.Add("password123");

        Assert.Equal("*** ***", masker.Apply("password123 pass"));
    }

    [Fact]
    public void A_token_never_appears_in_output_written_through_a_masking_writer()
    {
        var masker = new SecretMasker();
        masker.Add(Token);
        masker.Add("line-one-of-key\nline-two-of-key");
        var inner = new StringWriter();

        using (var writer = new MaskingTextWriter(inner, masker, leaveOpen: true))
        {
            writer.WriteLine($"token={Token}");
            foreach (var c in Token)
            {
                writer.Write(c);
            }

            writer.Write(Token.AsSpan(0, 10));
            writer.Write(Token[10..].ToCharArray(), 0, Token.Length - 10);
            writer.Write("\nkey:\nline-one-of-key\r\nline-two-of-key\n");
            writer.Write("tail " + Token[..20]);
            writer.Write(Token[20..]);
        }

        var text = inner.ToString();
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("line-one-of-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line-two-of-key", text, StringComparison.Ordinal);
        Assert.Equal("token=***\n******\nkey:\n***\r\n***\ntail ***", text.Replace(System.Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Randomly_split_writes_never_leak_the_token()
    {
        var random = new Random(20240611);
        var masker = new SecretMasker();
        masker.Add(Token);
        for (var run = 0; run < 200; run++)
        {
            var inner = new StringWriter();
            var message = $"a {Token} b\n{Token}{Token} c {Token}";
            using (var writer = new MaskingTextWriter(inner, masker, leaveOpen: true))
            {
                for (var i = 0; i < message.Length;)
                {
                    var length = Math.Min(random.Next(1, 12), message.Length - i);
                    writer.Write(message.Substring(i, length));
                    i += length;
                }
            }

            Assert.DoesNotContain(Token, inner.ToString(), StringComparison.Ordinal);
        }
    }
}
