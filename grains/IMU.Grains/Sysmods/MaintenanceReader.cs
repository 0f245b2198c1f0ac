using IMU.Grains.Models;
using IMU.Smpe.Commands;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Grains.Sysmods;

/// <summary>
/// <c>maintenance receive</c>: reads the MCS and HOLDDATA files and RECEIVEs them into a scratch global
/// zone, so that the package is checked by the SMP/E engine itself and each SYSMOD gets the engine's
/// activation class, before anything is recorded. Any positioned error, or a SYSMOD the engine would
/// not receive, refuses the whole package.
/// </summary>
internal static class MaintenanceReader
{
    /// <summary>The SREL every simulated and supported system runs (z/OS).</summary>
    private const string Srel = "Z038";

    public static (IReadOnlyList<string> Errors, IReadOnlyList<SysmodReceipt> Receipts) Read(MaintenancePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var sysmodFiles = new List<McsParseResult>();
        var holdFiles = new List<McsParseResult>();
        var errors = new List<string>();
        foreach (var file in package.Files)
        {
            var parsed = McsReader.Read(file.Text, file.Name);
            errors.AddRange(parsed.Errors.Select(e => e.ToString()));
            (file.HoldData ? holdFiles : sysmodFiles).Add(parsed);
        }

        var sysmods = sysmodFiles.SelectMany(f => f.Sysmods).ToList();
        foreach (var duplicate in sysmods.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{duplicate.Last().Location}: error: SYSMOD {duplicate.Key} is in the package twice (first at {duplicate.First().Location})");
        }

        if (errors.Count > 0)
        {
            return (errors, []);
        }

        var activation = Classify(sysmodFiles, holdFiles, errors);
        if (errors.Count > 0)
        {
            return (errors, []);
        }

        var holdData = sysmodFiles.Concat(holdFiles)
            .SelectMany(f => f.Holds.Select(h => (h.SysmodId, Data: new ExternalHoldData(Word(h.Category), h.Reason, ToHold(h, isInternal: false), McsWriter.Write(h))))
                .Concat(f.Releases.Select(r => (r.SysmodId, Data: new ExternalHoldData(Word(r.Category), r.Reason, null, McsWriter.Write(r))))))
            .ToLookup(h => h.SysmodId, h => h.Data, StringComparer.Ordinal);
        var receipts = sysmods
            .Select(s => new SysmodReceipt(s.Id, ToReceived(s, activation[s.Id]), [.. holdData[s.Id]], package.By))
            .Concat(holdData.Where(h => sysmods.All(s => s.Id != h.Key)).Select(h => new SysmodReceipt(h.Key, null, [.. h], package.By)))
            .ToList();
        return (errors, receipts);
    }

    public static SysmodHold ToHold(HoldStatement hold, bool isInternal) =>
        new(Word(hold.Category), hold.Reason, [.. hold.Classes], hold.Comment, isInternal);

    private static string Word(HoldCategory category) => category.ToString().ToUpperInvariant();

    private static SysmodMcs ToReceived(Sysmod sysmod, SysmodActivation activation) => new(
        McsWriter.Write(sysmod),
        sysmod.Type.ToString().ToUpperInvariant(),
        sysmod.Type == SysmodType.Function ? sysmod.Id : sysmod.Vers.FirstOrDefault(v => v.Fmid is not null)?.Fmid,
        activation,
        [.. sysmod.Holds.Select(h => ToHold(h, isInternal: true))]);

    /// <summary>
    /// The activation class the engine gives each SYSMOD of the package. The scratch global zone stands
    /// in for the systems' global zones, which already know the FMIDs the package services, so each FMID
    /// its <c>++VER</c>s name and it does not bring is defined there first.
    /// </summary>
    private static Dictionary<string, SysmodActivation> Classify(List<McsParseResult> sysmodFiles, List<McsParseResult> holdFiles, List<string> errors)
    {
        var brought = sysmodFiles.SelectMany(f => f.Sysmods).Where(s => s.Type == SysmodType.Function).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var serviced = sysmodFiles.SelectMany(f => f.Sysmods).SelectMany(s => s.Vers).Select(v => v.Fmid).OfType<string>().Where(f => !brought.Contains(f)).Distinct(StringComparer.Ordinal);
        var fmids = string.Concat(serviced.Select(f => $"++FUNCTION({f}).\n++VER({Srel}).\n"));
        var path = Path.Combine(Path.GetTempPath(), "imu-receive-" + Guid.NewGuid().ToString("N") + ".csi");
        try
        {
            using var csi = Csi.Open(path);
            csi.Receive([McsReader.Read(fmids, "(FMIDs of the global zone)")]);
            var received = csi.Receive(sysmodFiles, holdFiles);
            errors.AddRange(received.Errors.Select(e => e.ToString()));
            foreach (var refused in received.Sysmods.Where(s => s.Status == ReceiveStatus.NotReceived))
            {
                var at = sysmodFiles.SelectMany(f => f.Sysmods).First(s => s.Id == refused.Id).Location;
                errors.Add($"{at}: error: SYSMOD {refused.Id} would not be received: {string.Join("; ", refused.Reasons)}");
            }

            return csi.ListSysmods(Csi.GlobalZoneName).ToDictionary(
                e => e.Id,
                e => e.Activation switch
                {
                    Smpe.Activation.ActivationClass.Ipl => SysmodActivation.Ipl,
                    Smpe.Activation.ActivationClass.Dynamic => SysmodActivation.Dynamic,
                    _ => SysmodActivation.None,
                },
                StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
