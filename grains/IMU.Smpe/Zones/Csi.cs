using IMU.Smpe.Activation;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Selection;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Zones;

/// <summary>
/// A CSI: one SQLite file holding the global zone and its target and DLIB zones. Every command
/// loads the zones it needs into memory (kept between commands while nobody else writes), decides
/// there, and writes its changes in ONE transaction, so a crash loses nothing and half-does
/// nothing; CHECK writes nothing. One instance serves one caller at a time.
/// </summary>
public sealed class Csi : IDisposable
{
    /// <summary>The name of the global zone.</summary>
    public const string GlobalZoneName = "GLOBAL";

    private readonly SqliteConnection _connection;
    private readonly CsiStore _store;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ZoneModel> _zoneModels = new(StringComparer.Ordinal);
    private Dictionary<string, ZoneDefinition> _zones = new(StringComparer.Ordinal);
    private GlobalZoneModel? _global;
    private long _generation = -1;

    private Csi(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
        _store = new CsiStore(connection);
    }

    /// <summary>The CSI file.</summary>
    public string Path { get; }

    /// <summary>Test hook: runs after a command's writes, just before its commit.</summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Opens the CSI at <paramref name="path"/>, creating it with its global zone (SREL Z038) when it does not exist.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <returns>The open CSI.</returns>
    public static Csi Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            CsiSchema.Migrate(connection);
            return new Csi(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    /// <summary>The zones of the CSI, the global zone first.</summary>
    /// <returns>The zone definitions.</returns>
    public IReadOnlyList<ZoneDefinition> ListZones()
    {
        lock (_gate)
        {
            Refresh(null);
            return [.. _zones.Values.OrderBy(z => z.Type != ZoneType.Global).ThenBy(z => z.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Defines a target or DLIB zone (<c>zone add NAME --type target|dlib --related ZONE --srel Z038</c>); its SREL joins the global SREL list.</summary>
    /// <param name="name">The zone name (1-7 characters).</param>
    /// <param name="type">Target or DLIB.</param>
    /// <param name="related">The related zone, or null.</param>
    /// <param name="srel">The zone's system release.</param>
    /// <returns>The new zone.</returns>
    /// <exception cref="CsiException">The name is invalid or already defined, or the type is Global.</exception>
    public ZoneDefinition AddZone(string name, ZoneType type, string? related = null, string srel = "Z038")
    {
        ArgumentNullException.ThrowIfNull(name);
        if (type == ZoneType.Global)
        {
            throw new CsiException(SmpeMessages.GlobalZoneExists());
        }

        if (name.Length is < 1 or > 7 || srel.Length != 4)
        {
            throw new CsiException(SmpeMessages.InvalidZone(name, srel));
        }

        var zone = new ZoneDefinition(name, type, related, srel);
        Write(tx =>
        {
            if (_zones.ContainsKey(name))
            {
                throw new CsiException(SmpeMessages.ZoneExists(name));
            }

            _store.AddZone(zone, tx);
            return true;
        });
        return zone;
    }

    /// <summary>
    /// RECEIVE: stores SYSMODs and external HOLDDATA in the global zone. External <c>++HOLD</c>/<c>++RELEASE</c>
    /// statements found in the SYSMOD streams are processed too.
    /// </summary>
    /// <param name="sysmods">Parsed SMPPTFIN streams.</param>
    /// <param name="holdData">Parsed SMPHOLD streams.</param>
    /// <returns>What was received, and the hold summary.</returns>
    public ReceiveResult Receive(IEnumerable<McsParseResult> sysmods, IEnumerable<McsParseResult>? holdData = null)
    {
        ArgumentNullException.ThrowIfNull(sysmods);
        ReceiveResult? result = null;
        Write(tx =>
        {
            var processor = new ReceiveProcessor(Global(tx));
            result = processor.Receive([.. sysmods], [.. holdData ?? []]);
            foreach (var sysmod in processor.Delta.Sysmods.Values)
            {
                _store.SaveSysmod(sysmod, tx);
            }

            foreach (var fmid in processor.Delta.Fmids)
            {
                _store.SaveFmid(fmid, tx);
            }

            foreach (var (hold, release) in processor.Delta.HoldData)
            {
                if (hold is not null)
                {
                    _store.SaveHold(hold, tx);
                }
                else
                {
                    _store.DeleteHold(release!, tx);
                }
            }

            return true;
        });
        return result!;
    }

    /// <summary>APPLY (with <see cref="ApplyOptions.Check"/>: APPLY CHECK) into a target zone.</summary>
    /// <param name="zone">The target zone.</param>
    /// <param name="options">SELECT or mass mode, GROUPEXTEND, BYPASS, CHECK.</param>
    /// <returns>The per-SYSMOD outcome and the changed elements; RC 12 for an unknown or non-target zone.</returns>
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
        return Run(SmpeCommand.Restore, zone, ZoneType.Target, options.Check, tx =>
        {
            var target = Zone(zone, tx);
            var dlib = RelatedZone(target.Definition, ZoneType.Dlib, tx);
            return new RestorePlanner(Global(tx), target, dlib, options).Plan();
        });
    }

    /// <summary>LIST SYSMODS of a zone (<c>GLOBAL</c> lists the received SYSMODs).</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The SYSMOD entries by ID.</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<SysmodEntry> ListSysmods(string zone)
    {
        lock (_gate)
        {
            Refresh(null);
            var global = Global(null);
            if (zone == GlobalZoneName)
            {
                return [.. global.Sysmods.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SysmodEntry
                {
                    Id = s.Id,
                    Type = s.Type,
                    Status = SysmodEntryStatus.Received,
                    Fmid = s.Type == SysmodType.Function ? s.Id : s.Vers.FirstOrDefault()?.Fmid,
                    Error = global.ExternalHolds(s.Id).Any(h => h.Category == HoldCategory.Error),
                    Activation = ActivationClassifier.Classify(s, s.Holds.Concat(global.ExternalHolds(s.Id)), new Dictionary<ElementKey, ElementEntry>()),
                })];
            }

            var model = ExistingZone(zone);
            return [.. model.Sysmods.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new SysmodEntry
            {
                Id = s.Id,
                Type = s.Type,
                Status = s.Status,
                Fmid = s.Fmid,
                SupBy = s.SupBy,
                Error = s.IsInstalled && ErrSysmodsReport.UnresolvedErrors(global, model, s.Id).Any(),
                Activation = s.Activation,
            })];
        }
    }

    /// <summary>LIST the element entries of a target or DLIB zone.</summary>
    /// <param name="zone">The zone name.</param>
    /// <returns>The elements by type and name.</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<ElementEntry> ListElements(string zone)
    {
        lock (_gate)
        {
            Refresh(null);
            return [.. ExistingZone(zone).Elements.Values.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>REPORT ERRSYSMODS: installed SYSMODs now held for unresolved ERROR reasons, with their resolvers.</summary>
    /// <param name="zone">A target or DLIB zone.</param>
    /// <returns>One entry per (SYSMOD, reason).</returns>
    /// <exception cref="CsiException">The zone is not defined.</exception>
    public IReadOnlyList<ErrSysmodEntry> ReportErrSysmods(string zone)
    {
        lock (_gate)
        {
            Refresh(null);
            return ErrSysmodsReport.Build(Global(null), ExistingZone(zone));
        }
    }

    /// <summary>The external HOLDDATA kept in the global zone (after the releases received so far).</summary>
    /// <returns>The holds by SYSMOD.</returns>
    public IReadOnlyList<HoldStatement> ListHoldData()
    {
        lock (_gate)
        {
            Refresh(null);
            return [.. Global(null).Holds.OrderBy(h => h.Key, StringComparer.Ordinal).SelectMany(h => h.Value)];
        }
    }

    private CommandResult Install(SmpeCommand command, string zone, ApplyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var accept = command == SmpeCommand.Accept;
        return Run(command, zone, accept ? ZoneType.Dlib : ZoneType.Target, options.Check, tx =>
        {
            var model = Zone(zone, tx);
            var target = accept ? RelatedZone(model.Definition, ZoneType.Target, tx) : null;
            return new InstallPlanner(Global(tx), model, accept, options, target).Plan();
        });
    }

    private CommandResult Run(SmpeCommand command, string zone, ZoneType expected, bool check, Func<SqliteTransaction?, InstallPlan> plan)
    {
        InstallPlan? decided = null;
        string? severe = null;
        Func<SqliteTransaction?, bool> body = tx =>
        {
            severe = !_zones.TryGetValue(zone, out var definition) ? SmpeMessages.UnknownZone(zone)
                : definition.Type != expected ? SmpeMessages.WrongZoneType(zone, expected)
                : null;
            if (severe is not null)
            {
                return false;
            }

            decided = plan(tx);
            if (check || decided.Delta.IsEmpty)
            {
                return false;
            }

            _store.SaveZoneDelta(zone, decided.Delta, tx!);
            return true;
        };

        if (check)
        {
            lock (_gate)
            {
                // A read transaction: the decision sees one snapshot even while another process writes.
                using var snapshot = _connection.BeginTransaction(deferred: true);
                Refresh(snapshot);
                body(snapshot);
            }
        }
        else
        {
            Write(tx => body(tx), () => _zoneModels[zone].Apply(decided!.Delta));
        }

        return severe is not null
            ? new CommandResult { Command = command, Zone = zone, Check = check, ReturnCode = ReturnCodes.Severe, Messages = [severe] }
            : new CommandResult
            {
                Command = command,
                Zone = zone,
                Check = check,
                ReturnCode = decided!.ReturnCode,
                Sysmods = decided.Results,
                Elements = decided.Elements,
            };
    }

    /// <summary>
    /// Runs <paramref name="body"/> in one write transaction (taken before reading, so the decision is
    /// made on the current state); commits when it returns true. Any failure rolls back and drops
    /// the in-memory models, which may already hold the half-decided change.
    /// </summary>
    private void Write(Func<SqliteTransaction, bool> body, Action? afterCommit = null)
    {
        lock (_gate)
        {
            try
            {
                using var tx = _connection.BeginTransaction();
                Refresh(tx);
                if (!body(tx))
                {
                    return;
                }

                _store.BumpGeneration(tx);
                BeforeCommit?.Invoke();
                tx.Commit();
                _generation++;
                afterCommit?.Invoke();
            }
            catch
            {
                Invalidate();
                throw;
            }

            // RECEIVE and zone definitions change what is cached in ways a delta does not describe.
            if (afterCommit is null)
            {
                Invalidate();
            }
        }
    }

    private void Refresh(SqliteTransaction? tx)
    {
        var generation = _store.Generation(tx);
        if (generation == _generation)
        {
            return;
        }

        _zones = _store.LoadZones(tx);
        _global = null;
        _zoneModels.Clear();
        _generation = generation;
    }

    private void Invalidate()
    {
        _generation = -1;
        _global = null;
        _zoneModels.Clear();
    }

    private GlobalZoneModel Global(SqliteTransaction? tx) => _global ??= _store.LoadGlobal(tx);

    private ZoneModel Zone(string name, SqliteTransaction? tx)
    {
        if (!_zoneModels.TryGetValue(name, out var model))
        {
            model = _store.LoadZone(_zones[name], tx);
            _zoneModels[name] = model;
        }

        return model;
    }

    private ZoneModel ExistingZone(string name) =>
        _zones.TryGetValue(name, out var definition) && definition.Type != ZoneType.Global
            ? Zone(name, null)
            : throw new CsiException(SmpeMessages.UnknownZone(name));

    /// <summary>The zone of <paramref name="type"/> named by RELATED on either side, or null.</summary>
    private ZoneModel? RelatedZone(ZoneDefinition zone, ZoneType type, SqliteTransaction? tx)
    {
        var related = zone.Related is { } r && _zones.TryGetValue(r, out var d) && d.Type == type
            ? d
            : _zones.Values.Where(z => z.Type == type && z.Related == zone.Name).OrderBy(z => z.Name, StringComparer.Ordinal).FirstOrDefault();
        return related is null ? null : Zone(related.Name, tx);
    }
}
