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

    [LoggerMessage(5, LogLevel.Information, "{System}: IPL requested from {LoadAddress} with load parameter {LoadParameter}")]
    private partial void LogIpl(string system, string loadAddress, string loadParameter);
}
