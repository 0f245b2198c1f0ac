using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>Where each MCS belongs: to the current SYSMOD, or to the stream (smpe-reference §1.2).</summary>
internal sealed partial class McsStreamParser
{
    private void Bind(SourceLocation location)
    {
        var keyword = _tree[0].FirstChild;
        if (keyword < 0 || _tree[keyword].Length == 0)
        {
            Error(location, "++ must be followed by an MCS keyword such as PTF, VER, HOLD or MOD");
            FailSysmod();
            return;
        }

        var kind = McsKeywords.Classify(_tree.Span(keyword), out var type, out var elementType);
        switch (kind)
        {
            case McsKind.Header:
                FinishSysmod();
                StartSysmod(HeaderBinder.Bind(_binder, keyword, type, location, _builder));
                break;
            case McsKind.Ver:
                if (SysmodFor(keyword, beforeElements: true) is { } forVer)
                {
                    Keep(forVer, VerBinder.BindVer(_binder, keyword, forVer, location), forVer.Vers);
                }

                break;
            case McsKind.If:
                if (SysmodFor(keyword, beforeElements: true) is { } forIf)
                {
                    Keep(forIf, VerBinder.BindIf(_binder, keyword, forIf, location), forIf.Ifs);
                }

                break;
            case McsKind.Hold:
                BindHold(keyword, location);
                break;
            case McsKind.Release:
                FinishSysmod();
                if (HoldBinder.BindRelease(_binder, keyword, location) is { } release)
                {
                    Emit(McsEntry.Of(release));
                }

                break;
            case McsKind.JclIn:
                StartData();
                if (SysmodFor(keyword, beforeElements: false) is { } forJclIn
                    && Keep(forJclIn, ElementBinder.BindJclIn(_binder, keyword, location), forJclIn.JclIns))
                {
                    _dataOwner = DataOwner.JclIn;
                }

                break;
            case McsKind.Element:
                StartData();
                if (SysmodFor(keyword, beforeElements: false) is { } forElement
                    && Keep(forElement, ElementBinder.BindElement(_binder, keyword, elementType!, location), forElement.Elements))
                {
                    _dataOwner = DataOwner.Element;
                }

                break;
            case McsKind.Delete:
                if (SysmodFor(keyword, beforeElements: false) is { } forDelete)
                {
                    Keep(forDelete, ElementBinder.BindDelete(_binder, keyword, location), forDelete.Deletes);
                }

                break;
            case McsKind.SysmodOther:
                if (SysmodFor(keyword, beforeElements: false) is { } forOther)
                {
                    Keep(forOther, ElementBinder.BindOther(_binder, keyword, location), forOther.OtherStatements);
                }

                break;
            case McsKind.Assign:
                FinishSysmod();
                if (ElementBinder.BindAssign(_binder, keyword, location) is { } assign)
                {
                    Emit(McsEntry.Of(assign));
                }

                break;
            case McsKind.StreamOther:
                FinishSysmod();
                Emit(McsEntry.Of(ElementBinder.BindOther(_binder, keyword, location)));
                break;
            default:
                Unknown(keyword);
                break;
        }
    }

    /// <summary>
    /// A <c>++HOLD</c> between a SYSMOD's header and its first element MCS is internal (written by
    /// the packager); anywhere else, or in a HOLDDATA stream, it is external HOLDDATA.
    /// </summary>
    private void BindHold(int keyword, SourceLocation location)
    {
        if (_sysmod is { PastHolds: false } owner)
        {
            Keep(owner, HoldBinder.BindHold(_binder, keyword, location), owner.Holds);
            return;
        }

        FinishSysmod();
        if (HoldBinder.BindHold(_binder, keyword, location) is { } hold)
        {
            Emit(McsEntry.Of(hold));
        }
    }

    /// <summary>Records up to the next <c>++</c> are inline data, kept only if the MCS they follow is.</summary>
    private void StartData()
    {
        _mode = Mode.Data;
        _dataOwner = DataOwner.None;
    }

    private SysmodBuilder? SysmodFor(int keyword, bool beforeElements)
    {
        if (_sysmod is null)
        {
            _binder.Error(keyword, $"++{_binder.Keyword(keyword)} is outside a SYSMOD; it must follow a ++PTF, ++APAR, ++USERMOD or ++FUNCTION header");
            return null;
        }

        if (beforeElements && _sysmod.PastHolds)
        {
            _binder.Error(keyword, $"++{_binder.Keyword(keyword)} must come before the ++JCLIN and element MCS of SYSMOD {_sysmod.Id}");
            _sysmod.Fail();
            return null;
        }

        _sysmod.PastHolds |= !beforeElements;
        return _sysmod;
    }

    /// <summary>Adds the statement to its SYSMOD; a SYSMOD that has failed keeps nothing, as it will not be read.</summary>
    private bool Keep<T>(SysmodBuilder sysmod, T? statement, List<T> into)
        where T : class
    {
        if (statement is null || _binder.HasErrors)
        {
            sysmod.Fail();
            return false;
        }

        if (sysmod.Failed)
        {
            return false;
        }

        into.Add(statement);
        return true;
    }

    private void FailSysmod() => _sysmod?.Fail();

    private void Unknown(int keyword)
    {
        var word = _binder.Keyword(keyword);
        var upper = word.ToUpperInvariant();
        var message = upper != word && McsKeywords.Classify(upper, out _, out _) != McsKind.Unknown
            ? $"'++{word}' is not an MCS; MCS keywords are upper case: ++{upper}"
            : $"'++{word}' is not an MCS that SMP/E knows";
        _binder.Error(keyword, message);
        FailSysmod();

        // Whatever follows an unknown MCS up to the next ++ may be its data; skip it quietly.
        _mode = Mode.Data;
        _dataOwner = DataOwner.None;
    }
}
