using System.Collections;

namespace IMU.Smpe.Mcs;

/// <summary>
/// The inline data records of one element or <c>++JCLIN</c>, kept as one string with record
/// boundaries: a record becomes its own string only when it is read. A SYSMOD's inline data can be
/// millions of records, and a string per record would cost more than the data itself.
/// </summary>
/// <param name="text">The records, one after the other.</param>
/// <param name="starts">Where each record starts in <paramref name="text"/>, and last where the last one ends.</param>
internal sealed class InlineRecords(string text, int[] starts) : IReadOnlyList<string>
{
    public int Count => starts.Length - 1;

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return text.Substring(starts[index], starts[index + 1] - starts[index]);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
