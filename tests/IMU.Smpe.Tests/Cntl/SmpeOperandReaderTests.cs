using IMU.Smpe.Cntl;

namespace IMU.Smpe.Tests.Cntl;

/// <summary>Operand text as the CLI passes it for <c>--bypass</c>.</summary>
public sealed class SmpeOperandReaderTests
{
    [Fact]
    public void BypassText_IsReadAsATree()
    {
        var result = SmpeOperandReader.Read("HOLDSYSTEM(ACTION(UJ00001),IPL) HOLDERROR(AA12345) ID");

        Assert.Empty(result.Errors);
        Assert.Equal(["HOLDSYSTEM(ACTION(UJ00001),IPL)", "HOLDERROR(AA12345)", "ID"], result.Operands.Select(o => o.ToString()));
        Assert.Equal("UJ00001", result.Operands[0].Operands[0].Operands[0].Keyword);
    }

    [Fact]
    public void BlanksCommasAndComments_Separate() =>
        Assert.Equal(["HOLDSYS", "HOLDERR", "HOLDCLASS(HIPER,PE)"], SmpeOperandReader.Read("HOLDSYS,HOLDERR /* both */ HOLDCLASS (HIPER PE)").Operands.Select(o => o.ToString()));

    [Fact]
    public void UnbalancedParentheses_AreAPositionedError()
    {
        var result = SmpeOperandReader.Read("HOLDSYSTEM(ACTION", "--bypass");

        Assert.Equal("--bypass:1:11: error: '(' is not closed by ')'", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void StrayClosingParenthesis_IsAnError() =>
        Assert.Equal("')' has no matching '('", Assert.Single(SmpeOperandReader.Read("ID)").Errors).Message);
}
