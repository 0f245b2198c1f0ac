using System.Globalization;

namespace IMU.Silo.Storage;

/// <summary>Where one grain's named state lives: the grain type, its key and the state name from <c>[PersistentState]</c>.</summary>
internal readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName)
{
    public static GrainStateKey From(string stateName, GrainId grainId) => new(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    /// <summary>Versions are ETags: the decimal text of the row's version, null when nothing is stored.</summary>
    public static string? FormatVersion(long? version) => version?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an ETag back; false for text no storage of ours produced, which can only be a conflict.</summary>
    public static bool TryParseVersion(string? eTag, out long? version)
    {
        version = null;
        if (eTag is null)
        {
            return true;
        }

        if (long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        return false;
    }
}
