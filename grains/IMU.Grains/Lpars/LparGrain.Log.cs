using Microsoft.Extensions.Logging;

namespace IMU.Grains.Lpars;

/// <content>Log messages of the LPAR grain.</content>
public sealed partial class LparGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "LPAR {Lpar} did not answer: {Error}")]
    private partial void LogSystemNotAnswering(string lpar, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "LPAR {Lpar}: IPL {OperationId} through the HMC")]
    private partial void LogIpl(string lpar, string operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SYSMOD {Sysmod} was not told its placement on LPAR {Lpar}")]
    private partial void LogPlacementLost(Exception exception, string sysmod, string lpar);
}
