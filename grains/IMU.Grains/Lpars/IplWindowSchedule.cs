using IMU.Grains.Fleet;
using IMU.Grains.Models;

namespace IMU.Grains.Lpars;

/// <summary>
/// IPL-window arithmetic. An IPL starts only inside an occurrence of one of the LPAR's windows and no
/// later than that occurrence's end minus the expected IPL time, so the LPAR is back before the window
/// closes; past that point it waits for the next occurrence.
/// </summary>
internal static class IplWindowSchedule
{
    /// <summary>The earliest slot at or after <paramref name="now"/>, or null when no occurrence is left.</summary>
    public static IplSlot? Next(IReadOnlyList<IplWindow> windows, DateTimeOffset now, TimeSpan expectedIplTime)
    {
        ArgumentNullException.ThrowIfNull(windows);
        IplSlot? best = null;
        foreach (var window in windows)
        {
            if (NextIn(window, now, expectedIplTime) is { } slot && (best is null || slot.At < best.At))
            {
                best = slot;
            }
        }

        return best;
    }

    /// <summary>Why an LPAR that needs an IPL is not IPLed at <paramref name="now"/>, in a systems programmer's words.</summary>
    public static string WhyWaiting(IReadOnlyList<IplWindow> windows, DateTimeOffset now, TimeSpan expectedIplTime)
    {
        var next = Next(windows, now, expectedIplTime);
        if (next is null)
        {
            return windows.Count == 0
                ? "no IPL window is declared for it in the fleet file"
                : "none of its IPL windows occurs again";
        }

        var current = windows.Select(w => Occurrence(w, now)).FirstOrDefault(o => o is { } occ && now >= occ.Start && now < occ.End);
        if (current is { } open && next.WindowStart != open.Start)
        {
            return $"the IPL window open now ends at {Iso8601.Format(open.End)}, too soon for a {Iso8601.Format(expectedIplTime)} IPL; waiting for the next one at {Iso8601.Format(next.WindowStart)}";
        }

        return $"waiting for its next IPL window at {Iso8601.Format(next.WindowStart)}";
    }

    private static IplSlot? NextIn(IplWindow window, DateTimeOffset now, TimeSpan expectedIplTime)
    {
        if (window.Duration < expectedIplTime)
        {
            return null;
        }

        var occurrence = Occurrence(window, now);
        while (occurrence is { } occ)
        {
            var latest = occ.End - expectedIplTime;
            var at = now > occ.Start ? now : occ.Start;
            if (at <= latest)
            {
                return new IplSlot(at, occ.Start, occ.End, latest);
            }

            occurrence = window.Repeat is { } repeat ? (occ.Start + repeat, occ.Start + repeat + window.Duration) : null;
        }

        return null;
    }

    /// <summary>The occurrence that contains <paramref name="now"/> or, if none does, the next one; null when none is left.</summary>
    private static (DateTimeOffset Start, DateTimeOffset End)? Occurrence(IplWindow window, DateTimeOffset now)
    {
        if (now < window.Start + window.Duration)
        {
            return (window.Start, window.Start + window.Duration);
        }

        if (window.Repeat is not { } repeat)
        {
            return null;
        }

        var passed = (now - window.Start).Ticks / repeat.Ticks;
        var start = window.Start + TimeSpan.FromTicks(passed * repeat.Ticks);
        return now < start + window.Duration ? (start, start + window.Duration) : (start + repeat, start + repeat + window.Duration);
    }
}
