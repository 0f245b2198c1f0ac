namespace IMU.Runtime;

/// <summary>Hands out references to grains; a reference is cheap and the grain is activated on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>Gets a reference to the grain with the given interface and key.</summary>
    /// <typeparam name="TGrainInterface">The grain interface.</typeparam>
    /// <param name="key">The grain's primary key.</param>
    /// <returns>A reference whose calls go through the runtime with copy semantics.</returns>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
