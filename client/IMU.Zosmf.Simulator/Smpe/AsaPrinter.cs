using System.Text;

namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>
/// Prints a RECFM=FBA data set: each record starts with its ASA carriage-control character
/// (<c>1</c> new page, <c>0</c> one blank line before, blank single space), as SMPOUT, SMPRPT and
/// SMPLIST come back from the spool in text mode.
/// </summary>
internal sealed class AsaPrinter
{
    private readonly StringBuilder _text = new();
    private bool _blankBefore;

    public bool IsEmpty => _text.Length == 0;

    public void Page(string header)
    {
        _text.Append('1').Append(header).Append('\n');
        _blankBefore = true;
    }

    public void Line(string record)
    {
        _text.Append(_blankBefore ? '0' : ' ').Append(record).Append('\n');
        _blankBefore = false;
    }

    /// <summary>The next record is preceded by a blank line (ASA <c>0</c>).</summary>
    public void Skip() => _blankBefore = true;

    public override string ToString() => _text.ToString();
}
