using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

internal sealed partial class ParseCommand
{
    /// <summary>Where <c>parse</c> puts what it reads, entry by entry, as the files are read.</summary>
    private abstract class Report : IDisposable
    {
        public abstract void BeginFile(string file);

        /// <summary>A SYSMOD read cleanly; its internal holds count among the file's holds.</summary>
        public void Sysmod(Sysmod sysmod)
        {
            OnSysmod(sysmod);
            foreach (var hold in sysmod.Holds)
            {
                Hold(hold);
            }
        }

        public abstract void Hold(HoldStatement hold);

        /// <summary>An error; line and column are 0 for a file that could not be read at all.</summary>
        public abstract void Error(int line, int column, string message);

        public abstract void EndFile();

        public abstract void Finish();

        public virtual void Dispose()
        {
        }

        protected abstract void OnSysmod(Sysmod sysmod);
    }
}
