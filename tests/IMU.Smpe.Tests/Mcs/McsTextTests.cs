using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

public sealed class McsTextTests
{
    [Theory]
    [InlineData("\u001b[31mRED\u001b[0m", "\\x1B[31mRED\\x1B[0m")]
    [InlineData("a\tb\nc\rd\0e\u007f", "a\\tb\\nc\\rd\\x00e\\x7F")]
    [InlineData("8-bit CSI \u009b2J", "8-bit CSI \\x9B2J")]
    [InlineData("bidi \u202eoverride", "bidi \\u202Eoverride")]
    [InlineData("latin-1 \u00d7\u00ff stays", "latin-1 \u00d7\u00ff stays")]
    public void ControlAndFormatCharacters_AreEscaped_PrintableTextIsKept(string text, string expected)
    {
        Assert.Equal(expected, McsText.Escape(text));
        Assert.Equal(expected, McsText.Escape(McsText.Escape(text)));
    }

    [Fact]
    public void CleanText_IsReturnedAsItIs()
    {
        var text = "SYSMOD ID 'UZ0002' must be 7 characters";

        Assert.Same(text, McsText.Escape(text));
    }

    [Fact]
    public void ReaderMessages_QuotingEscapeSequences_AreEscaped()
    {
        var result = McsReader.Read(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++\u001b]0;owned\u0007MOD(X)."), "e.mcs");

        var error = Assert.Single(result.Errors);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("\\x1B]0;owned\\x07MOD", error.Message, StringComparison.Ordinal);
    }
}
