namespace IMU.Zosmf.Jcl;

/// <summary>The site-specific parts of the generated GIMSMP job.</summary>
/// <param name="GlobalCsi">The global zone CSI data set name (SMPCSI).</param>
/// <param name="JobClass">The JES job class, coded as <c>CLASS=</c> on the JOB card.</param>
/// <param name="MessageClass">The JES message class (<c>MSGCLASS=</c>).</param>
internal sealed record GimsmpJobOptions(string GlobalCsi, string JobClass = "A", string MessageClass = "H");
