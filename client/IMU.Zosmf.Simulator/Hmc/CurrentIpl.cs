namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>What z/OS runs from: the IPL time (UTC, whole seconds), the device and volume, and the load parameter.</summary>
internal sealed record CurrentIpl(DateTimeOffset IplTime, string Device, string Volume, string LoadParameter)
{
    /// <summary>The LOADxx member: the load parameter's characters 5-6 (00 when it has none).</summary>
    public string LoadMember => "LOAD" + (LoadParameter.Length >= 6 ? LoadParameter[4..6] : "00");

    /// <summary>The IODF device: the load parameter's first 4 characters (the IPL device when it has none).</summary>
    public string IodfDevice => LoadParameter.Length >= 4 ? LoadParameter[..4] : Device;
}
