namespace IMU.Zosmf.Simulator;

/// <summary>The simulated REST operations a fault can be attached to.</summary>
public enum SimulatorOperation
{
    /// <summary>PUT /zosmf/restjobs/jobs.</summary>
    Submit,

    /// <summary>GET /zosmf/restjobs/jobs/{name}/{id}.</summary>
    JobStatus,

    /// <summary>GET /zosmf/restjobs/jobs?owner=&amp;prefix=.</summary>
    JobList,

    /// <summary>GET .../files.</summary>
    SpoolFiles,

    /// <summary>GET .../files/{id}/records.</summary>
    SpoolRecords,

    /// <summary>PUT /zosmf/restconsoles/consoles/{name}.</summary>
    Console,

    /// <summary>GET /api/logical-partitions/{id}.</summary>
    HmcPartition,

    /// <summary>POST /api/logical-partitions/{id} (next-load properties).</summary>
    HmcUpdate,

    /// <summary>POST /api/logical-partitions/{id}/operations/load.</summary>
    HmcLoad,

    /// <summary>GET /api/jobs/{id}.</summary>
    HmcJob,
}
