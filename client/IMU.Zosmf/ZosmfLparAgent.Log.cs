using Microsoft.Extensions.Logging;

namespace IMU.Zosmf;

public sealed partial class ZosmfLparAgent
{
    [LoggerMessage(1, LogLevel.Information, "{System}: submitted {Verb} for zone {Zone} as {JobName}({JobId})")]
    private partial void LogSubmitted(string system, string verb, string zone, string jobName, string jobId);

    [LoggerMessage(2, LogLevel.Information, "{System}: following {JobName}({JobId}) already submitted for this operation")]
    private partial void LogFollowing(string system, string jobName, string jobId);

    [LoggerMessage(3, LogLevel.Warning, "{System}: submit of {JobName} failed ({Kind}); looking the job up by its marker")]
    private partial void LogSubmitLost(string system, string jobName, LparAgentErrorKind kind);

    [LoggerMessage(4, LogLevel.Information, "{System}: {JobName}({JobId}) ended {Retcode}")]
    private partial void LogEnded(string system, string jobName, string jobId, string retcode);

    [LoggerMessage(5, LogLevel.Information, "{System}: HMC load from {LoadAddress} with load parameter {LoadParameter} (force: {Force})")]
    private partial void LogIpl(string system, string loadAddress, string loadParameter, bool force);

    [LoggerMessage(6, LogLevel.Warning, "{System}: the answer to the HMC load was lost ({Kind}); following the IPL by D IPLINFO")]
    private partial void LogLoadAnswerLost(string system, LparAgentErrorKind kind);

    [LoggerMessage(7, LogLevel.Debug, "{System}: z/OSMF not answering yet after the load ({Kind})")]
    private partial void LogWaitingForZosmf(string system, LparAgentErrorKind kind);

    [LoggerMessage(8, LogLevel.Information, "{System}: IPL complete from {Volume} at {IplTime:u}")]
    private partial void LogIplComplete(string system, string volume, DateTimeOffset iplTime);
}
