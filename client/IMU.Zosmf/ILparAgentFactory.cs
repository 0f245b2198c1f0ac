namespace IMU.Zosmf;

/// <summary>Creates the agent of one LPAR from its connection settings; agents of one factory share HTTP handlers, HMC sessions and the record of IPLs in progress.</summary>
public interface ILparAgentFactory
{
    /// <summary>Creates an agent for <paramref name="connection"/>.</summary>
    /// <exception cref="ArgumentException">The settings cannot work (a bad address, a token for the HMC, ...).</exception>
    ILparAgent Create(LparConnection connection);
}
