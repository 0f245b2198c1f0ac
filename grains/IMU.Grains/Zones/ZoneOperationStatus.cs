using System.Text.Json.Serialization;

namespace IMU.Grains.Zones;

/// <summary>Where a zone step is: the status is written before the job is submitted and after it ends.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ZoneOperationStatus>))]
public enum ZoneOperationStatus
{
    /// <summary>Recorded, waiting for the zone's earlier steps.</summary>
    Queued,

    /// <summary>Sent to the system (or about to be); a zone that finds a step here after a restart reconciles before going on.</summary>
    Started,

    /// <summary>Ended; the result is recorded.</summary>
    Completed,
}
