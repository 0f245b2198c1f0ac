namespace IMU.Grains.Models;

/// <summary>Credentials by reference only: the fleet file names the user and the environment variable that holds the secret.</summary>
/// <param name="User">The user id.</param>
/// <param name="PasswordEnv">The environment variable (on the silo) that holds the password, or null.</param>
[GenerateSerializer]
[Alias("imu.credentials-reference")]
public sealed record CredentialsReference(string User, string? PasswordEnv);
