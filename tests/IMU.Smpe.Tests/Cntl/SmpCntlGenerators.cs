using FsCheck;
using FsCheck.Fluent;
using IMU.Smpe.Cntl;
using IMU.Smpe.Mcs;
using IMU.Smpe.Tests.Mcs;

namespace IMU.Smpe.Tests.Cntl;

/// <summary>FsCheck generators of well-formed SMPCNTL commands, for write-then-read properties.</summary>
internal static class SmpCntlGenerators
{
    private const string FixcatChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_";

    public static Gen<SmpCntlCommand> Command => Gen.OneOf(
        Set.Select(c => (SmpCntlCommand)c),
        Receive.Select(c => (SmpCntlCommand)c),
        ApplyOrAccept<ApplyCommand>().Select(c => (SmpCntlCommand)c),
        ApplyOrAccept<AcceptCommand>().Select(c => (SmpCntlCommand)c),
        Restore.Select(c => (SmpCntlCommand)c),
        Reject.Select(c => (SmpCntlCommand)c),
        List.Select(c => (SmpCntlCommand)c),
        Report.Select(c => (SmpCntlCommand)c));

    /// <summary>Zone names by SMP/E's rule: 1-7 characters, a letter or national character first, never GLOBAL.</summary>
    public static Gen<string> Zone => McsGenerators.Name(1, 7).Where(z => z != "GLOBAL");

    private static Gen<SetBoundaryCommand> Set =>
        Gen.OneOf(Gen.Constant("GLOBAL"), Zone).Select(zone => new SetBoundaryCommand { Zone = zone });

    private static Gen<IReadOnlyList<string>> Ids => McsGenerators.Ids(30);

    private static Gen<IReadOnlyList<string>> Names(int max) =>
        from count in Gen.Choose(0, 4)
        from names in Gen.ArrayOf(McsGenerators.Name(1, max), count)
        select (IReadOnlyList<string>)names;

    /// <summary>Operand trees as BYPASS takes them: <c>HOLDSYSTEM(ACTION(UJ00001),IPL)</c>, <c>HOLDFIXCAT(IBM.Device.z15-8561)</c>, <c>ID</c>.</summary>
    private static Gen<SmpeOperand> BypassOperand =>
        from keyword in Gen.Elements("HOLDSYSTEM", "HOLDERROR", "HOLDUSER", "HOLDFIXCAT", "HOLDCLASS", "ID", "PRE", "REQ", "IFREQ", "APPLYCHECK")
        from subs in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(SubOperand(depth: 1), n))
        select new SmpeOperand(keyword, subs);

    private static Gen<IReadOnlyList<SmpeOperand>> Bypass =>
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(BypassOperand, n)).Select(a => (IReadOnlyList<SmpeOperand>)a);

    private static Gen<ReceiveCommand> Receive =>
        from flags in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 3)
        from selected in Ids
        from exclude in Ids
        from forFmid in Names(8)
        from bypass in Bypass
        from other in Others("RFPREFIX", "SOURCEID", "ORDER", "FROMNTS", "DELETEPKG", "TRANSFERONLY", "SYSMODSONLY")
        select new ReceiveCommand
        {
            Sysmods = flags[0], HoldData = flags[1], List = flags[2], Select = selected, Exclude = exclude, ForFmid = forFmid, Bypass = bypass, OtherOperands = other,
        };

    private static Gen<IReadOnlyList<SysmodType>> MassTypes =>
        Gen.SubListOf([SysmodType.Ptf, SysmodType.Apar, SysmodType.Usermod, SysmodType.Function]).Select(t => (IReadOnlyList<SysmodType>)t.ToList());

    private static Gen<RestoreCommand> Restore =>
        from selected in Ids
        from types in MassTypes
        from forFmid in Names(8)
        from exclude in Ids
        from flags in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 2)
        from bypass in Bypass
        from other in Others("COMPRESS", "RETRY", "SOURCEID", "EXSRCID", "FIXCAT", "JCLINREPORT", "NOJCLINREPORT")
        select new RestoreCommand
        {
            Select = selected, MassTypes = types, ForFmid = forFmid, Exclude = exclude, Group = flags[0], Check = flags[1], Bypass = bypass, OtherOperands = other,
        };

    private static Gen<RejectCommand> Reject =>
        from selected in Ids
        from holdData in ArbMap.Default.GeneratorFor<bool>()
        from bypass in Bypass
        from other in Others("NOFMID", "PURGE", "CLEANUP", "PTFS", "FORFMID", "EXCLUDE", "COMPRESS")
        select new RejectCommand { Select = selected, HoldData = holdData, Bypass = bypass, OtherOperands = other };

    private static Gen<ListCommand> List =>
        from sysmods in ArbMap.Default.GeneratorFor<bool>()
        from operands in Others("FORFMID", "XREF", "PTFS", "APARS", "MOD", "MAC", "DDDEF", "NOACCEPT")
        select new ListCommand { Sysmods = sysmods, Operands = operands };

    private static Gen<ReportErrsysmodsCommand> Report =>
        from count in Gen.Choose(0, 3)
        from zones in Gen.ArrayOf(Zone, count)
        from other in Others("NOPUNCH", "FORFMID")
        select new ReportErrsysmodsCommand { Zones = zones, OtherOperands = other };

    private static Gen<T> ApplyOrAccept<T>()
        where T : ApplyOrAcceptCommand, new() =>
        from selected in Ids
        from types in MassTypes
        from forFmid in Names(8)
        from exclude in Ids
        from flags in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 5)
        from bypass in Bypass
        from other in Others("COMPRESS", "RETRY", "SOURCEID", "EXSRCID", "FIXCAT", "JCLINREPORT", "NOJCLINREPORT")
        select new T
        {
            Select = selected, MassTypes = types, ForFmid = forFmid, Exclude = exclude, Check = flags[0], Bypass = bypass, OtherOperands = other,
            GroupExtend = flags[1] || flags[2] || flags[3], GroupExtendNoApars = flags[2], GroupExtendNoUsermods = flags[3], Redo = flags[4],
        };

    /// <summary>Operands the reader keeps as written, each with 0-3 plain or nested values.</summary>
    private static Gen<IReadOnlyList<SmpeOperand>> Others(params string[] keywords) =>
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(
            from keyword in Gen.Elements(keywords)
            from subs in Gen.Choose(0, 3).SelectMany(m => Gen.ArrayOf(SubOperand(depth: 1), m))
            select new SmpeOperand(keyword, subs),
            n)).Select(a => (IReadOnlyList<SmpeOperand>)a);

    private static Gen<SmpeOperand> SubOperand(int depth) =>
        from value in Gen.OneOf(McsGenerators.Name(1, 8), McsGenerators.Id, Fixcat)
        from subs in depth >= 3 ? Gen.Constant(Array.Empty<SmpeOperand>()) : Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(SubOperand(depth + 1), n))
        select new SmpeOperand(value, subs);

    /// <summary>FIXCAT-style values: mixed case with periods and hyphens, e.g. <c>IBM.Device.Server.z15-8561</c>.</summary>
    private static Gen<string> Fixcat =>
        from first in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())
        from rest in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(FixcatChars.ToCharArray()), n))
        select first + new string(rest);
}
