using System.Text;
using IMU.Smpe.Activation;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Selection;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IMU.Smpe.Zones;

/// <summary>
/// A CSI: one SQLite file holding the global zone and its target and DLIB zones. Every command reads
/// what it needs by key (SYSMOD and element entries, holds, supersedes, requisites), never a whole
/// zone, decides, and writes its changes in ONE transaction, so a crash loses nothing and half-does
/// nothing; CHECK writes nothing. One instance serves one caller at a time.
/// </summary>
public sealed class Csi : IDisposable
{
    /// <summary>The name of the global zone.</summary>
    public const string GlobalZoneName = SmpeNames.GlobalZone;

    private static readonly byte[] s_sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private readonly SqliteConnection _connection;
    private readonly CsiStore _store;
    private readonly CsiOpenOptions _options;
    private readonly Lock _gate = new();

    private Csi(string path, SqliteConnection connection, CsiOpenOptions options)
    {
        Path = path;
        _connection = connection;
        _options = options;
        _store = new CsiStore(connection);
    }

    /// <summary>The CSI file.</summary>
    public string Path { get; }

    /// <summary>True when the CSI was opened <see cref="CsiOpenMode.ReadOnly"/>: commands that write fail with a <see cref="CsiException"/>.</summary>
    public bool IsReadOnly => _options.Mode == CsiOpenMode.ReadOnly;

    /// <summary>Test hook: runs after a command's writes, just before its commit.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Opens the CSI at <paramref name="path"/>, creating it with its global zone (SREL Z038) when the file does not exist or is empty.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <returns>The open CSI.</returns>
    /// <exception cref="CsiException">The file is not a CSI (a directory, text, another application's database, a damaged schema version) or cannot be opened.</exception>
    public static Csi Open(string path) => Open(path, new CsiOpenOptions());

    /// <summary>
    /// Opens the CSI at <paramref name="path"/> as <paramref name="options"/> say. A file is identified as
    /// a CSI before anything is written to it; only <see cref="CsiOpenMode.OpenOrCreate"/> makes a new one,
    /// and only of a file that does not exist or is empty.
    /// </summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="options">The open mode and how long to wait for another process holding the CSI.</param>
    /// <returns>The open CSI.</returns>
    /// <exception cref="CsiException">The file is missing (other than for create), not a CSI, read-only for a mode that writes, locked past the timeout, or cannot be opened.</exception>
    public static Csi Open(string path, CsiOpenOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var create = Probe(path, options.Mode);
        try
        {
            return Connect(path, options, create, immutable: false);
        }
        catch (CsiException exception) when (options.Mode == CsiOpenMode.ReadOnly && exception.InnerException is SqliteException { SqliteErrorCode: raw.SQLITE_CANTOPEN } && !HasWal(path))
        {
            // On read-only media SQLite cannot make the shared-memory file a WAL database is read
            // through; with no log left to apply, the file alone is the whole CSI and can be read as is.
            return Connect(path, options, create: false, immutable: true);
        }
    }

    private static Csi Connect(string path, CsiOpenOptions options, bool create, bool immutable)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri + "?immutable=1" : path,
            Pooling = false,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : options.Mode == CsiOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        }.ToString());
        try
        {
            connection.Open();
            var db = connection.Handle!;
            raw.sqlite3_busy_timeout(db, 0);
            if (options.Mode != CsiOpenMode.ReadOnly && raw.sqlite3_db_readonly(db, "main") == 1)
            {
                throw new CsiException(SmpeMessages.CsiReadOnly(path));
            }

            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=FULL;";
                pragma.ExecuteNonQuery();
            }

            if (create)
            {
                CsiSchema.Create(connection, options, path);
            }
            else
            {
                int version;
                using (CsiTransaction.Begin(connection, write: false, options, path))
                {
                    version = CsiSchema.Identify(connection, path);
                }

                if (version < CsiSchema.Version)
                {
                    if (options.Mode == CsiOpenMode.ReadOnly)
                    {
                        throw new CsiException(SmpeMessages.OlderSchemaReadOnly(path, version, CsiSchema.Version));
                    }

                    CsiSchema.Migrate(connection, version, options, path);
                }
            }

            return new Csi(path, connection, options);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new CsiException(SmpeMessages.CsiAccess(path, exception.Message), exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool HasWal(string path) => new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _store.Dispose();
        _connection.Dispose();
    }

    /// <summary>The zones of the CSI, the global zone first.</summary>
    /// <returns>The zone definitions.</returns>
    public IReadOnlyList<ZoneDefinition> ListZones() =>
        Read(() => (IReadOnlyList<ZoneDefinition>)[.. _store.LoadZones().Values.OrderBy(z => z.Type != ZoneType.Global).ThenBy(z => z.Name, StringComparer.Ordinal)]);

    /// <summary>
    /// Defines a target or DLIB zone (<c>zone add NAME --type target|dlib --related ZONE --srel Z038</c>); its
    /// SREL joins the global SREL list. A related zone must be defined already, be of the other type and
    /// not be the zone itself.
    /// </summary>
    /// <param name="name">The zone name (1-7 characters, the first A-Z or @ # $).</param>
    /// <param name="type">Target or DLIB.</param>
    /// <param name="related">The related zone, or null.</param>
    /// <param name="srel">The zone's system release.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="CsiException">A name is invalid, the zone is already defined, the related zone is not usable, or the type is Global.</exception>
    public ZoneDefinition AddZone(string name, ZoneType type, string? related = null, string srel = "Z038")
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(srel);
        if (type == ZoneType.Global)
        {
            throw new CsiException(SmpeMessages.GlobalZoneExists());
        }

        var problem = SmpeNames.ZoneNameProblem("ZONE NAME", name)
            ?? SmpeNames.SrelProblem("SREL", srel)
            ?? (related is null ? null : SmpeNames.ZoneNameProblem("RELATED", related));
        if (problem is not null)
        {
            throw new CsiException(SmpeMessages.InvalidOperand(problem));
        }

        var zone = new ZoneDefinition(name, type, related, srel);
        return Write(() =>
        {
            var zones = _store.LoadZones();
            if (zones.ContainsKey(name))
            {
                throw new CsiException(SmpeMessages.ZoneExists(name));
            }

            if (related is not null && RelatedProblem(zones, name, type, related) is { } relatedProblem)
            {
                throw new CsiException(relatedProblem);
            }

            _store.AddZone(zone);
            return (zone, true);
        });
    }

    /// <summary>
    /// RECEIVE: stores SYSMODs and external HOLDDATA in the global zone. External <c>++HOLD</c>/<c>++RELEASE</c>
    /// statements found in the SYSMOD streams are processed too. Both sequences are consumed as streams:
    /// each element may be a whole file's result or any part of one (the reader's SYSMOD-by-SYSMOD
    /// output), and none is kept once it is processed.
    /// </summary>
    /// <param name="sysmods">Read SMPPTFIN, in input order.</param>
    /// <param name="holdData">Read SMPHOLD, in input order.</param>
    /// <returns>
    /// What was received, and the hold summary; RC 12 with nothing received when a stream was refused as
    /// not MCS at all (<see cref="McsParseResult.Refused"/>), its last error saying where and why.
    /// </returns>
    public ReceiveResult Receive(IEnumerable<McsParseResult> sysmods, IEnumerable<McsParseResult>? holdData = null)
    {
        ArgumentNullException.ThrowIfNull(sysmods);
        return Write(() =>
        {
            var result = new ReceiveProcessor(_store).Receive(sysmods, holdData ?? []);
            return (result, result.ReturnCode < ReturnCodes.Severe);
        });
    }

    /// <summary>APPLY (with <see cref="ApplyOptions.Check"/>: APPLY CHECK) into a target zone.</summary>
    /// <param name="zone">The target zone.</param>
    /// <param name="options">SELECT or mass mode, GROUPEXTEND, BYPASS, CHECK.</param>
    /// <returns>The per-SYSMOD outcome and the changed elements; RC 12 for an unknown or non-target zone or a SELECT operand that is not a SYSMOD ID.</returns>
    public CommandResult Apply(string zone, ApplyOptions options) => Install(SmpeCommand.Apply, zone, options);

    /// <summary>ACCEPT (with CHECK) into a DLIB zone: normally only SYSMODs applied in its related target zone.</summary>
    /// <param name="dlibZone">The distribution zone.</param>
    /// <param name="options">SELECT or mass mode, GROUPEXTEND, BYPASS (incl. APPLYCHECK), CHECK.</param>
    /// <returns>The per-SYSMOD outcome and the changed DLIB elements.</returns>
    public CommandResult Accept(string dlibZone, ApplyOptions options) => Install(SmpeCommand.Accept, dlibZone, options);

    /// <summary>RESTORE (with CHECK): takes applied, unaccepted SYSMODs out of a target zone, elements back at the DLIB level.</summary>
    /// <param name="zone">The target zone.</param>
    /// <param name="options">SELECT, GROUP, CHECK.</param>
    /// <returns>The per-SYSMOD outcome and the restored elements.</returns>
    public CommandResult Restore(string zone, RestoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Run(SmpeCommand.Restore, zone, ZoneType.Target, options.Check, SelectProblem(options.Select), (zones, target) =>
            new RestorePlanner(target, RelatedZone(zones, target.Definition, ZoneType.Dlib), options).Plan());
    }

    /// <summary>
    /// Sets the FIXCAT interest list of a zone (<c>zone set-fixcat NAME PATTERN[,PATTERN...]</c>), as the
    /// FIXCAT subentry of SMP/E's OPTIONS entry: FIXCAT holds hold a SYSMOD in the zone only for categories
    /// the list names. A target or DLIB zone without a list of its own uses the global zone's.
    /// </summary>
    /// <param name="zone">A target or DLIB zone, or <c>GLOBAL</c>.</param>
    /// <param name="patterns">Fix category names; <c>*</c> stands for any run of characters.</param>
    /// <returns>The list as stored, sorted.</returns>
    /// <exception cref="CsiException">The zone is not defined or a pattern is not a fix category name.</exception>
    public IReadOnlyList<string> SetFixcatInterest(string zone, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(patterns);
        var problem = patterns.Count == 0
            ? "FIXCAT needs at least one fix category"
            : patterns.Select(p => SmpeNames.FixCategoryProblem("FIXCAT", p, wildcard: true)).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            throw new CsiException(SmpeMessages.InvalidOperand(problem));
        }

        return Write(() =>
        {
            if (!_store.LoadZones().ContainsKey(zone))
            {
                throw new CsiException(SmpeMessages.UnknownZone(zone));
            }

            _store.SetFixcatInterest(zone, patterns);
            return ((IReadOnlyList<string>)_store.FixcatInterest(zone), true);
        });
    }

    /// <summary>
    /// REPORT MISSINGFIX ZONES(...) FIXCAT(...): for each zone, the APARs of the matching fix categories
    /// whose FIXCAT HOLDDATA applies to a SYSMOD installed there and which nothing installed resolves,
    /// with the SYSMODs that would (the RESOLVER, the APAR fix and its superseders) and whether they are
    /// received. It reads HOLDDATA only, so it works before the fixing PTFs are received.
    /// </summary>
    /// <param name="zones">Target or DLIB zones.</param>
    /// <param name="fixcats">Fix category names; <c>*</c> stands for any run of characters.</param>
    /// <returns>One entry per (zone, category, APAR), by zone, category and APAR.</returns>
    /// <exception cref="CsiException">A zone is not defined or a name is not valid.</exception>
    public IReadOnlyList<MissingFixEntry> ReportMissingFix(IReadOnlyList<string> zones, IReadOnlyList<string> fixcats)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(fixcats);
        if (fixcats.Select(p => SmpeNames.FixCategoryProblem("FIXCAT", p, wildcard: true)).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new CsiException(SmpeMessages.InvalidOperand(problem));
        }

        return Read(() => MissingFixReport.Build(new GlobalZoneModel(_store), _store.FixcatHolds(), zones.Select(ExistingZone).ToList(), fixcats));
    }

    /// <summary>
    /// REJECT: removes received SYSMODs from the global zone. <see cref="RejectOptions.Select"/> refuses a
    /// SYSMOD that any zone has installed or superseded; <see cref="RejectOptions.Purge"/> takes the
    /// entries of SYSMODs accepted wherever they are applied. External HOLDDATA stays, and so does what
    /// each zone recorded when it installed them (their <c>++IF</c>s and requisites keep counting).
    /// </summary>
    /// <param name="options">SELECT or PURGE, CHECK.</param>
    /// <returns>The per-SYSMOD outcome; RC 4 for a SYSMOD that is not received, 8 for one that is installed, 12 without SELECT or PURGE.</returns>
    public CommandResult Reject(RejectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var severe = options.Purge == options.Select.Count > 0 ? SmpeMessages.RejectMode() : SelectProblem(options.Select);
        if (severe is not null)
        {
            return new CommandResult { Command = SmpeCommand.Reject, Zone = GlobalZoneName, Check = options.Check, ReturnCode = ReturnCodes.Severe, Messages = [severe] };
        }

        (List<SysmodResult> Results, List<string> Rejected, int ReturnCode) Decide()
        {
            var zones = _store.LoadZones();
            return new RejectPlanner(_store, name => zones.TryGetValue(name, out var z) ? RelatedDefinition(zones, z, ZoneType.Dlib) : null, options).Plan();
        }

        var (results, _, rc) = options.Check ? Read(Decide) : Write(() =>
        {
            var decision = Decide();
            foreach (var id in decision.Rejected)
            {
                _store.DeleteSysmod(id);
            }

            return (decision, decision.Rejected.Count > 0);
        });
        return new CommandResult { Command = SmpeCommand.Reject, Zone = GlobalZoneName, Check = options.Check, ReturnCode = rc, Sysmods = results };
    }

    /// <summary>LIST SYSMODS of a zone (<c>GLOBAL</c> lists the received SYSMODs).</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The SYSMOD entries by ID.</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<SysmodEntry> ListSysmods(string zone) => Read<IReadOnlyList<SysmodEntry>>(() =>
    {
        if (zone == GlobalZoneName)
        {
            return [.. _store.ReceivedEntries().Select(s => new SysmodEntry
            {
                Id = s.Id,
                Type = s.Type,
                Status = SysmodEntryStatus.Received,
                Fmid = s.Fmid,
                Error = s.ExternalHolds.Any(h => h.Category == HoldCategory.Error),
                Activation = ActivationClassifier.WithHolds(s.Activation, s.ExternalHolds),
            })];
        }

        var model = ExistingZone(zone);
        var inError = ErrSysmodsReport.UnresolvedErrors(model).Select(e => e.Sysmod).ToHashSet(StringComparer.Ordinal);
        return [.. model.Sysmods().Select(s => new SysmodEntry
        {
            Id = s.Id,
            Type = s.Type,
            Status = s.Status,
            Fmid = s.Fmid,
            SupBy = s.SupBy,
            Error = s.IsInstalled && inError.Contains(s.Id),
            Activation = s.Activation,
        })];
    });

    /// <summary>LIST the element entries of a target or DLIB zone.</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The elements by type and name.</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<ElementEntry> ListElements(string zone) =>
        Read<IReadOnlyList<ElementEntry>>(() => [.. ExistingZone(zone).Elements()]);

    /// <summary>REPORT ERRSYSMODS: installed SYSMODs now held for unresolved ERROR reasons, with their resolvers.</summary>
    /// <param name="zone">A target or DLIB zone.</param>
    /// <returns>One entry per (SYSMOD, reason).</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<ErrSysmodEntry> ReportErrSysmods(string zone) =>
        Read(() => ErrSysmodsReport.Build(new GlobalZoneModel(_store), ExistingZone(zone)));

    /// <summary>The external HOLDDATA kept in the global zone (after the releases received so far).</summary>
    /// <returns>The holds by SYSMOD.</returns>
    public IReadOnlyList<HoldStatement> ListHoldData() => Read<IReadOnlyList<HoldStatement>>(() => [.. _store.AllExternalHolds()]);

    /// <summary>The zone's FIXCAT interest list, or the global zone's when the zone has none of its own.</summary>
    private List<string> FixcatInterest(string zone) =>
        _store.FixcatInterest(zone) is { Count: > 0 } own ? own : _store.FixcatInterest(GlobalZoneName);

    /// <summary>Refuses a file that is not a CSI before SQLite touches it; true when a new CSI is to be made.</summary>
    private static bool Probe(string path, CsiOpenMode mode)
    {
        if (Directory.Exists(path))
        {
            throw new CsiException(SmpeMessages.NotACsi(path, "IT IS A DIRECTORY"));
        }

        if (!File.Exists(path))
        {
            return mode == CsiOpenMode.OpenOrCreate ? true : throw new CsiException(SmpeMessages.CsiNotFound(path));
        }

        var header = new byte[s_sqliteHeader.Length];
        int read;
        long length;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = file.Length;
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CsiException(SmpeMessages.CsiAccess(path, exception.Message), exception);
        }

        if (length == 0 && read == 0)
        {
            return mode == CsiOpenMode.OpenOrCreate ? true : throw new CsiException(SmpeMessages.NotACsi(path, "IT IS EMPTY"));
        }

        return read == header.Length && header.AsSpan().SequenceEqual(s_sqliteHeader)
            ? false
            : throw new CsiException(SmpeMessages.NotACsi(path, length == 0 ? "IT IS NOT A REGULAR FILE" : "IT IS NOT AN SQLITE DATABASE"));
    }

    private static string? RelatedProblem(Dictionary<string, ZoneDefinition> zones, string name, ZoneType type, string related)
    {
        var other = type == ZoneType.Target ? ZoneType.Dlib : ZoneType.Target;
        return related == name ? SmpeMessages.RelatedToItself(name)
            : !zones.TryGetValue(related, out var relatedZone) ? SmpeMessages.RelatedNotDefined(name, related)
            : relatedZone.Type != other ? SmpeMessages.RelatedWrongType(name, related, other)
            : null;
    }

    private static string? SelectProblem(IEnumerable<string> ids) =>
        ids.Select(id => SmpeNames.SysmodIdProblem("SELECT", id)).FirstOrDefault(p => p is not null) is { } problem ? SmpeMessages.InvalidOperand(problem) : null;

    private CommandResult Install(SmpeCommand command, string zone, ApplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var accept = command == SmpeCommand.Accept;
        return Run(command, zone, accept ? ZoneType.Dlib : ZoneType.Target, options.Check, SelectProblem(options.Select), (zones, model) =>
        {
            var target = accept ? RelatedZone(zones, model.Definition, ZoneType.Target) : null;
            return new InstallPlanner(new GlobalZoneModel(_store), model, accept, options, FixcatInterest(zone), target).Plan();
        });
    }

    private CommandResult Run(
        SmpeCommand command,
        string zone,
        ZoneType expected,
        bool check,
        string? operandProblem,
        Func<Dictionary<string, ZoneDefinition>, ZoneModel, InstallPlan> plan)
    {
        string? severe = operandProblem;
        InstallPlan? Decide()
        {
            var zones = _store.LoadZones();
            var definition = zones.GetValueOrDefault(zone);
            severe ??= definition is null ? SmpeMessages.UnknownZone(zone)
                : definition.Type != expected ? SmpeMessages.WrongZoneType(zone, expected)
                : null;
            return severe is null ? plan(zones, new ZoneModel(definition!, _store)) : null;
        }

        var decided = check
            ? Read(Decide)
            : Write(() =>
            {
                var decision = Decide();
                if (decision is null || decision.Delta.IsEmpty)
                {
                    return (decision, false);
                }

                _store.SaveZoneDelta(zone, decision.Delta);
                return (decision, true);
            });

        return decided is null
            ? new CommandResult { Command = command, Zone = zone, Check = check, ReturnCode = ReturnCodes.Severe, Messages = [severe!] }
            : new CommandResult
            {
                Command = command,
                Zone = zone,
                Check = check,
                ReturnCode = decided.ReturnCode,
                Sysmods = decided.Results,
                Elements = decided.Elements,
            };
    }

    /// <summary>Runs <paramref name="body"/> in one read transaction: one snapshot even while another process writes.</summary>
    private T Read<T>(Func<T> body)
    {
        lock (_gate)
        {
            using var tx = CsiTransaction.Begin(_connection, write: false, _options, Path);
            return body();
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> in one write transaction, taken before reading so that the decision is
    /// made on the state it changes; commits when the body says so. Any failure rolls everything back.
    /// </summary>
    private T Write<T>(Func<(T Result, bool Commit)> body)
    {
        lock (_gate)
        {
            if (IsReadOnly)
            {
                throw new CsiException(SmpeMessages.CsiOpenedReadOnly(Path));
            }

            using var tx = CsiTransaction.Begin(_connection, write: true, _options, Path);
            var (result, commit) = body();
            if (commit)
            {
                BeforeCommit?.Invoke();
                tx.Commit();
            }

            return result;
        }
    }

    private ZoneModel ExistingZone(string name) =>
        _store.LoadZones().TryGetValue(name, out var definition) && definition.Type != ZoneType.Global
            ? new ZoneModel(definition, _store)
            : throw new CsiException(SmpeMessages.UnknownZone(name));

    /// <summary>The zone of <paramref name="type"/> named by RELATED on either side, or null.</summary>
    private static ZoneDefinition? RelatedDefinition(Dictionary<string, ZoneDefinition> zones, ZoneDefinition zone, ZoneType type) =>
        zone.Related is { } r && zones.TryGetValue(r, out var d) && d.Type == type
            ? d
            : zones.Values.Where(z => z.Type == type && z.Related == zone.Name).OrderBy(z => z.Name, StringComparer.Ordinal).FirstOrDefault();

    private ZoneModel? RelatedZone(Dictionary<string, ZoneDefinition> zones, ZoneDefinition zone, ZoneType type) =>
        RelatedDefinition(zones, zone, type) is { } related ? new ZoneModel(related, _store) : null;
}
