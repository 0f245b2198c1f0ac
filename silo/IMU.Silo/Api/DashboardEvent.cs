namespace IMU.Silo.Api;

/// <summary>One Server-Sent Event: its type (<c>rollout</c>, <c>lpar</c>, <c>fleet</c>) and its data, JSON written with the contract's options.</summary>
internal readonly record struct DashboardEvent(string Type, string Data);
