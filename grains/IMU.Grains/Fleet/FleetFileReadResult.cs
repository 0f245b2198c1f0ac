using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>A fleet file read and checked: what it declares, or every error found, each as <c>FILE:LINE:COL: error: MESSAGE</c>.</summary>
/// <param name="Fleet">What the file declares; null when there are errors (a refused file changes nothing).</param>
/// <param name="Errors">The errors in file order.</param>
internal sealed record FleetFileReadResult(FleetDefinition? Fleet, IReadOnlyList<string> Errors);
