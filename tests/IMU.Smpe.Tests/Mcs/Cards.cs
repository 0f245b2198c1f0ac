namespace IMU.Smpe.Tests.Mcs;

/// <summary>Builds MCS input the way it sits on 80-column cards.</summary>
internal static class Cards
{
    public static string Of(params string[] records) => string.Join("\n", records);

    /// <summary>Pads <paramref name="text"/> with blanks so that <paramref name="tail"/> starts in <paramref name="column"/>.</summary>
    public static string At(string text, int column, string tail) => text.PadRight(column - 1) + tail;
}
