using FsCheck;
using FsCheck.Fluent;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>FsCheck generators of valid MCS models, for print-then-read properties.</summary>
internal static class McsGenerators
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string NameChars = Upper + "0123456789@#$";
    private const string SmrtComment = "SMRTDATA(CHGDT(250503) FIX(UJ00003) SYMP(IPL,PRV))";

    public static Gen<string> Name(int min, int max) =>
        from first in Gen.Elements(Upper.ToCharArray())
        from length in Gen.Choose(min - 1, max - 1)
        from rest in Gen.ArrayOf(Gen.Elements(NameChars.ToCharArray()), length)
        select first + new string(rest);

    public static Gen<string> Id => Name(7, 7);

    public static Gen<string> Digits(int min, int max) =>
        from length in Gen.Choose(min, max)
        from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
        select new string(digits);

    public static Gen<IReadOnlyList<string>> Ids(int max) =>
        from count in Gen.Choose(0, max)
        from ids in Gen.ArrayOf(Id, count)
        select (IReadOnlyList<string>)ids;

    public static Gen<string?> Maybe(Gen<string> gen) =>
        Gen.OneOf(Gen.Constant<string?>(null), gen.Select(s => (string?)s));

    /// <summary>Free text: words of letters, digits, periods and commas; lines may be indented and very long.</summary>
    public static Gen<string> FreeText(bool multiLine)
    {
        var word = from length in Gen.Choose(1, 30)
                   from chars in Gen.ArrayOf(Gen.Elements((Upper + "abcxyz0123456789.,:-").ToCharArray()), length)
                   select new string(chars);
        var line = from count in Gen.Choose(1, 12)
                   from words in Gen.ArrayOf(word, count)
                   from indent in Gen.Choose(0, 4)
                   select new string(' ', indent) + string.Join(' ', words);
        return from count in Gen.Choose(1, multiLine ? 5 : 1)
               from first in word
               from lines in Gen.ArrayOf(line, count - 1)
               from tail in line
               select (first + tail).Trim() + (lines.Length == 0 ? string.Empty : "\n" + string.Join('\n', lines));
    }

    public static Gen<HoldStatement> Hold(string? sysmodId) =>
        from id in sysmodId is null ? Id : Gen.Constant(sysmodId)
        from fmid in Id
        from reason in Name(1, 7)
        from category in Gen.Elements(HoldCategory.Error, HoldCategory.System, HoldCategory.User, HoldCategory.Fixcat)
        from classes in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Name(1, 7), n))
        from date in Maybe(Digits(5, 5))
        from resolver in Maybe(Id)
        from categories in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements("IBM.ProductInstall-RequiredService", "IBM.Coexistence.z/OS.3.1", "IBM.Function.zHyperLink"), n))
        from comment in Gen.OneOf(Gen.Constant<string?>(null), FreeText(multiLine: true).Select(s => (string?)s), Gen.Constant<string?>(SmrtComment))
        select new HoldStatement
        {
            SysmodId = id, Fmid = fmid, Reason = reason, Category = category, Classes = classes, Date = date,
            Resolver = resolver, FixCategories = categories, Comment = comment,
            SmrtData = comment == SmrtComment ? new SmrtData { ChangeDate = "250503", Fix = "UJ00003", Symptoms = ["IPL", "PRV"] } : null,
        };

    public static Gen<Sysmod> Sysmod =>
        from id in Id
        from type in Gen.Elements(SysmodType.Ptf, SysmodType.Apar, SysmodType.Usermod, SysmodType.Function)
        from description in Maybe(FreeText(multiLine: false).Select(d => string.Join(' ', d.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        from rework in Maybe(Digits(1, 8))
        from vers in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Ver(type), n))
        from ifs in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(If(id), n))
        from holds in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Hold(id), n))
        from elements in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Element, n))
        from jclins in Gen.Choose(0, 1).SelectMany(n => Gen.ArrayOf(Data.Select(d => new JclInStatement { InlineData = d }), n))
        select new Sysmod
        {
            Id = id, Type = type, Description = description, Rework = rework, Vers = vers, Ifs = ifs, Holds = holds,
            Elements = elements, JclIns = jclins,
        };

    private static Gen<IReadOnlyList<string>> Data =>
        from count in Gen.Choose(0, 4)
        from lines in Gen.ArrayOf(Gen.Elements("//SYSLIN DD *", "/*", "./ CHANGE NAME=X", " NAME IEANUC01", "VER 000042 4780", string.Empty, " ++ NOT MCS", "\u00d7 non-ASCII", "IDENTIFY IEAVMWTO('ZP60039')"), count)
        select (IReadOnlyList<string>)lines;

    private static Gen<VerStatement> Ver(SysmodType type) =>
        from srels in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements("Z038", "C150", "P115"), n))
        from fmid in type == SysmodType.Function ? Maybe(Id) : Id.Select(s => (string?)s)
        from pre in Ids(30)
        from req in Ids(3)
        from sup in Ids(12)
        from npre in type == SysmodType.Function ? Ids(2) : Gen.Constant<IReadOnlyList<string>>([])
        from delete in type == SysmodType.Function ? Ids(2) : Gen.Constant<IReadOnlyList<string>>([])
        from version in Ids(2)
        select new VerStatement { Srels = srels, Fmid = fmid, Pre = pre, Req = req, Sup = sup, Npre = npre, Delete = delete, Version = version };

    private static Gen<IfStatement> If(string ownId) =>
        from fmid in Id.Where(f => f != ownId)
        from req in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Id, n))
        select new IfStatement { Fmid = fmid, Req = req };

    private static Gen<ElementStatement> Element =>
        from type in Gen.Elements("MOD", "MAC", "ZAP", "SRCUPD", "HFS", "SAMP", "PNLENU")
        from name in Name(1, 8)
        from distLib in Maybe(Name(1, 8))
        from sysLibs in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Name(1, 8), n))
        from lmods in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Name(1, 8), n))
        from rmid in Maybe(Id)
        from umids in Ids(3)
        from delete in Gen.Elements(false, true)
        from relFile in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 9999).Select(n => (int?)n))
        from txLib in Maybe(Name(1, 8))
        from other in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(
            new McsOperand("LEPARM", ["RENT", "REUS"]),
            new McsOperand("PARM", ["PATHMODE(0,7,5,5)"]),
            new McsOperand("LINK", ["'../bin/a long/path name/that keeps going and going past column seventy-two'"]),
            new McsOperand("BINARY", []),
            new McsOperand("SHSCRIPT", ["ZWESHPAX", "PRE", "POST"])), n))
        from data in Data
        select new ElementStatement
        {
            McsType = type, Name = name, DistLib = distLib, SysLibs = sysLibs, Lmods = lmods, Rmid = rmid, Umids = umids,
            Delete = delete, RelFile = relFile, TxLib = txLib, OtherOperands = other, InlineData = data,
        };
}
