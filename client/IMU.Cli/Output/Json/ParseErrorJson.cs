namespace IMU.Cli.Output.Json;

internal sealed record ParseErrorJson(int Line, int Column, string Message);
