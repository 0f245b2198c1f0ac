using System.Runtime.CompilerServices;
using System.Text;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>Streaming holds only the SYSMOD being read: what was yielded is the caller's to keep or drop.</summary>
public sealed class McsStreamingMemoryTests
{
    [Fact]
    public void ReadEntries_DoesNotKeepTheSysmodsItYielded()
    {
        using var entries = McsReader.ReadEntries(new PtfStream(5_000), "gen.mcs").GetEnumerator();
        var first = FirstSysmod(entries);

        var read = 1;
        while (entries.MoveNext())
        {
            read++;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(5_000, read);
        Assert.False(first.IsAlive, "the reader still holds the first SYSMOD after yielding 4,999 more");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FirstSysmod(IEnumerator<McsEntry> entries)
    {
        Assert.True(entries.MoveNext());
        return new WeakReference(entries.Current.Sysmod ?? throw new InvalidOperationException(entries.Current.ToString()));
    }

    /// <summary>Generates PTFs as it is read, so the test needs no file and no text in memory.</summary>
    private sealed class PtfStream(int count) : ReadOnlyTestStream
    {
        private byte[] _pending = [];
        private int _offset;
        private int _next;

        public override int Read(byte[] buffer, int offset, int length)
        {
            if (_offset == _pending.Length)
            {
                if (_next == count)
                {
                    return 0;
                }

                _pending = Encoding.Latin1.GetBytes($"++PTF(UZ{_next++:00000}).\n++VER(Z038) FMID(HBB77D0).\n++MOD(IEFBR14) DISTLIB(AOSB3).\n{new string('D', 79)}\n");
                _offset = 0;
            }

            var n = Math.Min(length, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }
    }
}
