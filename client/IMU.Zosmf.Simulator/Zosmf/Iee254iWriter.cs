using IMU.Zosmf.Simulator.Hmc;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>
/// Writes the IEE254I answer to <c>D IPLINFO</c> (z/OS MVS System Commands, DISPLAY IPLINFO) as the
/// console API returns it: lines separated by <c>\r</c>, device numbers with 5 digits (subchannel set
/// and device), times in the system's local time (UTC here).
/// </summary>
internal static class Iee254iWriter
{
    public static string Write(DateTimeOffset now, CurrentIpl ipl) => string.Join(
        '\r',
        $"IEE254I  {now:HH.mm.ss} IPLINFO DISPLAY",
        $" SYSTEM IPLED AT {ipl.IplTime:HH.mm.ss} ON {ipl.IplTime:MM/dd/yyyy}",
        " RELEASE z/OS 03.01.00    LICENSE = z/OS",
        $" USED {ipl.LoadMember} IN SYS0.IPLPARM ON {Device(ipl.IodfDevice)}",
        " ARCHLVL = 2   MTLSHARE = N",
        " IEASYM LIST = (00,L)",
        " IEASYS LIST = (00) (OP)",
        $" IODF DEVICE: ORIGINAL({Device(ipl.IodfDevice)}) CURRENT({Device(ipl.IodfDevice)})",
        $" IPL DEVICE: ORIGINAL({Device(ipl.Device)}) CURRENT({Device(ipl.Device)}) VOLUME({ipl.Volume})");

    /// <summary>A device number as IEE254I prints it: the subchannel set (0) and the 4-digit device.</summary>
    private static string Device(string device) => device.Length == 4 ? "0" + device : device;
}
