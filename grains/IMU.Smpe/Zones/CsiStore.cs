using System.Globalization;
using System.Text;
using System.Text.Json;
using IMU.Smpe.Activation;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Zones;

/// <summary>
/// Every query the engine runs on the CSI, each by key or by index, on one connection inside the
/// transaction the command holds. Statements are prepared once per store and reused.
/// </summary>
internal sealed class CsiStore(SqliteConnection connection) : IDisposable
{
    private const char ListSeparator = ' ';
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    public Dictionary<string, ZoneDefinition> LoadZones()
    {
        var zones = new Dictionary<string, ZoneDefinition>(StringComparer.Ordinal);
        using var reader = Query("SELECT name, type, related, srel FROM zone;");
        while (reader.Read())
        {
            var zone = new ZoneDefinition(
                reader.GetString(0),
                Enum.Parse<ZoneType>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3));
            zones[zone.Name] = zone;
        }

        return zones;
    }

    public void AddZone(ZoneDefinition zone)
    {
        Execute("INSERT INTO zone(name, type, related, srel) VALUES($p0, $p1, $p2, $p3);", zone.Name, zone.Type.ToString(), zone.Related, zone.Srel);
        Execute("INSERT OR IGNORE INTO global_srel(srel) VALUES($p0);", zone.Srel);
    }

    public HashSet<string> Srels() => Strings("SELECT srel FROM global_srel;");

    public HashSet<string> Fmids() => Strings("SELECT fmid FROM global_fmid;");

    public void SaveFmid(string fmid) => Execute("INSERT OR IGNORE INTO global_fmid(fmid) VALUES($p0);", fmid);

    public Sysmod? Sysmod(string id)
    {
        using var reader = Query("SELECT mcs FROM global_sysmod WHERE id = $p0;", id);
        return reader.Read() ? JsonSerializer.Deserialize(reader.GetFieldValue<byte[]>(0), CsiJsonContext.Default.Sysmod) : null;
    }

    /// <summary>The received SYSMODs among <paramref name="ids"/>, in one query (a command's whole selection at once).</summary>
    public IEnumerable<Sysmod> SysmodsIn(IEnumerable<string> ids) =>
        Stream(
            "SELECT g.mcs FROM json_each($p0) k CROSS JOIN global_sysmod g ON g.id = k.value;",
            r => JsonSerializer.Deserialize(r.GetFieldValue<byte[]>(0), CsiJsonContext.Default.Sysmod)!,
            KeySet(ids));

    /// <summary>(held SYSMOD, hold) of the external holds on any of <paramref name="ids"/>, in one query.</summary>
    public IEnumerable<(string Sysmod, HoldStatement Hold)> ExternalHoldsIn(IEnumerable<string> ids) =>
        Stream(
            "SELECT h.sysmod, h.hold FROM json_each($p0) k CROSS JOIN global_hold h ON h.sysmod = k.value;",
            r => (r.GetString(0), JsonSerializer.Deserialize(r.GetString(1), CsiJsonContext.Default.HoldStatement)!),
            KeySet(ids));

    /// <summary>Whether <paramref name="id"/> is received, and its REWORK level.</summary>
    public (bool Received, string? Rework) Received(string id)
    {
        using var reader = Query("SELECT rework FROM global_sysmod WHERE id = $p0;", id);
        return reader.Read() ? (true, reader.IsDBNull(0) ? null : reader.GetString(0)) : (false, null);
    }

    /// <summary>Stores a received SYSMOD (replacing a reworked one) with what is looked up by key: supersedes and internal holds.</summary>
    /// <param name="sysmod">The SYSMOD.</param>
    /// <param name="activation">Its activation class.</param>
    /// <param name="replaces">It is received already (a higher REWORK): what the old MCS put in the indexes goes first.</param>
    public void SaveSysmod(Sysmod sysmod, ActivationClass activation, bool replaces)
    {
        if (replaces)
        {
            DeleteSysmodIndexes(sysmod.Id);
        }

        var fmid = sysmod.Type == SysmodType.Function ? sysmod.Id : sysmod.Vers.FirstOrDefault()?.Fmid;
        Execute(
            "INSERT OR REPLACE INTO global_sysmod(id, type, rework, fmid, activation, mcs) VALUES($p0, $p1, $p2, $p3, $p4, $p5);",
            sysmod.Id,
            sysmod.Type.ToString(),
            sysmod.Rework,
            fmid,
            activation.ToString(),
            JsonSerializer.SerializeToUtf8Bytes(sysmod, CsiJsonContext.Default.Sysmod));
        foreach (var sup in sysmod.Vers.SelectMany(v => v.Sup).Distinct(StringComparer.Ordinal))
        {
            Execute("INSERT OR IGNORE INTO global_sup(sup, sysmod) VALUES($p0, $p1);", sup, sysmod.Id);
        }

        foreach (var hold in sysmod.Holds)
        {
            Execute(
                "INSERT OR REPLACE INTO global_internal_hold(sysmod, category, reason, hold) VALUES($p0, $p1, $p2, $p3);",
                sysmod.Id,
                hold.Category.ToString(),
                hold.Reason,
                JsonSerializer.Serialize(hold, CsiJsonContext.Default.HoldStatement));
        }
    }

    /// <summary>The received SYSMODs whose <c>++VER SUP</c> names <paramref name="id"/>, by ID.</summary>
    public List<string> SupersedersOf(string id) => List("SELECT sysmod FROM global_sup WHERE sup = $p0 ORDER BY sysmod;", id);

    /// <summary>Every received SYSMOD for mass mode: functions first (base before dependent is decided later), then by ID.</summary>
    public List<string> ReceivedIds() =>
        List("SELECT id FROM global_sysmod ORDER BY CASE type WHEN 'Function' THEN 0 ELSE 1 END, id;");

    public List<HoldStatement> ExternalHolds(string sysmodId) => Holds("SELECT hold FROM global_hold WHERE sysmod = $p0;", sysmodId);

    public bool HasInternalHold(string sysmodId, HoldCategory category, string reason)
    {
        using var reader = Query("SELECT 1 FROM global_internal_hold WHERE sysmod = $p0 AND category = $p1 AND reason = $p2;", sysmodId, category.ToString(), reason);
        return reader.Read();
    }

    public void SaveHold(HoldStatement hold) =>
        Execute(
            "INSERT OR REPLACE INTO global_hold(sysmod, category, reason, fmid, hold) VALUES($p0, $p1, $p2, $p3, $p4);",
            hold.SysmodId,
            hold.Category.ToString(),
            hold.Reason,
            hold.Fmid,
            JsonSerializer.Serialize(hold, CsiJsonContext.Default.HoldStatement));

    /// <summary>Removes the external hold a <c>++RELEASE</c> names; the number of holds removed (0 or 1).</summary>
    public int DeleteHold(ReleaseStatement release) =>
        Execute("DELETE FROM global_hold WHERE sysmod = $p0 AND category = $p1 AND reason = $p2;", release.SysmodId, release.Category.ToString(), release.Reason);

    /// <summary>Every external hold, by held SYSMOD.</summary>
    public IEnumerable<HoldStatement> AllExternalHolds()
    {
        using var rows = new CsiRowReader(connection, "SELECT hold FROM global_hold ORDER BY sysmod;");
        while (rows.Read())
        {
            yield return JsonSerializer.Deserialize(rows.Bytes(0), CsiJsonContext.Default.HoldStatement)!;
        }
    }

    /// <summary>
    /// The received SYSMODs as LIST shows them, by ID: the activation class RECEIVE decided from the MCS and
    /// internal holds, and the external SYSTEM and ERROR holds that may have arrived since (a merge of two
    /// ordered streams, so no SYSMOD's MCS is read).
    /// </summary>
    public IEnumerable<(string Id, SysmodType Type, string? Fmid, ActivationClass Activation, List<HoldStatement> ExternalHolds)> ReceivedEntries()
    {
        using var sysmods = new CsiRowReader(connection, "SELECT id, type, fmid, activation FROM global_sysmod ORDER BY id;");
        using var external = new HoldStream(connection, "SELECT sysmod, hold FROM global_hold WHERE category IN ('System', 'Error') ORDER BY sysmod;");
        while (sysmods.Read())
        {
            var id = sysmods.String(0);
            var holds = new List<HoldStatement>();
            external.TakeFor(id, holds);
            yield return (id, Enum.Parse<SysmodType>(sysmods.Pooled(1)), sysmods.PooledOrNull(2), Enum.Parse<ActivationClass>(sysmods.Pooled(3)), holds);
        }
    }

    /// <summary>A temporary table for what RECEIVE must decide after the whole input is read; emptied first.</summary>
    public void BeginSpill()
    {
        Execute("CREATE TEMP TABLE IF NOT EXISTS receive_spill(seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, position INTEGER NOT NULL, json TEXT NOT NULL);");
        Execute("DELETE FROM receive_spill;");
    }

    public void Spill(string kind, int position, string json) =>
        Execute("INSERT INTO receive_spill(kind, position, json) VALUES($p0, $p1, $p2);", kind, position, json);

    /// <summary>(sequence, position) of what was spilled as <paramref name="kind"/>, in spill order.</summary>
    public List<(long Seq, int Position)> Spilled(string kind)
    {
        var list = new List<(long, int)>();
        using var reader = Query("SELECT seq, position FROM receive_spill WHERE kind = $p0 ORDER BY seq;", kind);
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), reader.GetInt32(1)));
        }

        return list;
    }

    public string SpilledJson(long seq)
    {
        using var reader = Query("SELECT json FROM receive_spill WHERE seq = $p0;", seq);
        return reader.Read() ? reader.GetString(0) : throw new InvalidOperationException($"spilled row {seq} is gone");
    }

    /// <summary>(kind, JSON) of everything spilled except <paramref name="exceptKind"/>, in spill order.</summary>
    public IEnumerable<(string Kind, string Json)> SpilledExcept(string exceptKind) =>
        Stream("SELECT kind, json FROM receive_spill WHERE kind <> $p0 ORDER BY seq;", r => (r.GetString(0), r.GetString(1)), exceptKind);

    public void Unspill(long seq) => Execute("DELETE FROM receive_spill WHERE seq = $p0;", seq);

    public void EndSpill() => Execute("DROP TABLE receive_spill;");

    /// <summary>The zone's FIXCAT interest list (its OPTIONS entry's FIXCAT patterns).</summary>
    public List<string> FixcatInterest(string zone) => List("SELECT pattern FROM zone_fixcat WHERE zone = $p0 ORDER BY pattern;", zone);

    public void SetFixcatInterest(string zone, IEnumerable<string> patterns)
    {
        Execute("DELETE FROM zone_fixcat WHERE zone = $p0;", zone);
        foreach (var pattern in patterns)
        {
            Execute("INSERT OR IGNORE INTO zone_fixcat(zone, pattern) VALUES($p0, $p1);", zone, pattern);
        }
    }

    /// <summary>Every external FIXCAT hold (REPORT MISSINGFIX reads HOLDDATA, not SYSMODs).</summary>
    public List<HoldStatement> FixcatHolds() => Holds("SELECT hold FROM global_hold WHERE category = 'Fixcat' ORDER BY sysmod, reason;");

    /// <summary>Whether any FIXCAT HOLDDATA is received.</summary>
    public bool HasFixcatHolds()
    {
        using var reader = Query("SELECT 1 FROM global_hold WHERE category = 'Fixcat' LIMIT 1;");
        return reader.Read();
    }

    /// <summary>The external FIXCAT holds whose RESOLVER is <paramref name="sysmod"/>.</summary>
    public List<HoldStatement> FixcatHoldsResolvedBy(string sysmod) =>
        Holds("SELECT hold FROM global_hold WHERE category = 'Fixcat' AND json_extract(hold, '$.Resolver') = $p0;", sysmod);

    public void AddSourceId(string sourceId, string sysmod) =>
        Execute("INSERT OR IGNORE INTO global_sourceid(sourceid, sysmod) VALUES($p0, $p1);", sourceId, sysmod);

    /// <summary>The received SYSMODs that carry the source ID, by ID.</summary>
    public List<string> ReceivedWithSourceId(string sourceId) =>
        List("SELECT s.sysmod FROM global_sourceid s JOIN global_sysmod g ON g.id = s.sysmod WHERE s.sourceid = $p0 ORDER BY s.sysmod;", sourceId);

    /// <summary>(zone, status) of every zone entry for the SYSMOD.</summary>
    public List<(string Zone, SysmodEntryStatus Status)> ZoneEntriesOf(string id)
    {
        var list = new List<(string, SysmodEntryStatus)>();
        using var reader = Query("SELECT zone, status FROM zone_sysmod WHERE id = $p0 ORDER BY zone;", id);
        while (reader.Read())
        {
            list.Add((reader.GetString(0), Enum.Parse<SysmodEntryStatus>(reader.GetString(1))));
        }

        return list;
    }

    /// <summary>The SYSMODs accepted in some zone, by ID.</summary>
    public List<string> AcceptedIds() => List("SELECT DISTINCT id FROM zone_sysmod WHERE status = 'Accepted' ORDER BY id;");

    /// <summary>
    /// REJECT: the SYSMOD's global zone entry and what hangs off it (supersedes, internal holds, source
    /// IDs); external HOLDDATA stays, and gives the fix categories back if the SYSMOD is received again.
    /// </summary>
    public void DeleteSysmod(string id)
    {
        DeleteSysmodIndexes(id);
        Execute("DELETE FROM global_sourceid WHERE sysmod = $p0;", id);
        Execute("DELETE FROM global_sysmod WHERE id = $p0;", id);
    }

    public ZoneSysmod? ZoneSysmod(string zone, string id)
    {
        using var reader = Query("SELECT id, type, status, fmid, supby, activation FROM zone_sysmod WHERE zone = $p0 AND id = $p1;", zone, id);
        return reader.Read() ? ReadZoneSysmod(reader) : null;
    }

    /// <summary>The zone's SYSMOD entries among <paramref name="ids"/>, in one query.</summary>
    public IEnumerable<ZoneSysmod> ZoneSysmodsIn(string zone, IEnumerable<string> ids) =>
        Stream(
            "SELECT z.id, z.type, z.status, z.fmid, z.supby, z.activation FROM json_each($p1) k CROSS JOIN zone_sysmod z ON z.zone = $p0 AND z.id = k.value;",
            ReadZoneSysmod,
            zone,
            KeySet(ids));

    /// <summary>The zone's element entries among <paramref name="keys"/>, in one query.</summary>
    public IEnumerable<ElementEntry> ElementsIn(string zone, IEnumerable<ElementKey> keys) =>
        Stream(
            """
            SELECT e.type, e.name, e.fmid, e.rmid, e.umids, e.lmods, e.syslib, e.distlib, e.bypass
            FROM json_each($p1) k CROSS JOIN zone_element e ON e.zone = $p0 AND e.type = json_extract(k.value, '$[0]') AND e.name = json_extract(k.value, '$[1]');
            """,
            ReadElement,
            zone,
            KeySet(keys));

    public IEnumerable<ZoneSysmod> ZoneSysmods(string zone) =>
        Stream("SELECT id, type, status, fmid, supby, activation FROM zone_sysmod WHERE zone = $p0 ORDER BY id;", ReadZoneSysmod, zone);

    /// <summary>The zone's SYSMOD entries that belong to <paramref name="fmid"/> (the function's own entry included).</summary>
    public List<string> ZoneSysmodsOf(string zone, string fmid) => List("SELECT id FROM zone_sysmod WHERE zone = $p0 AND fmid = $p1 ORDER BY id;", zone, fmid);

    public ElementEntry? Element(string zone, ElementKey key)
    {
        using var reader = Query(
            "SELECT type, name, fmid, rmid, umids, lmods, syslib, distlib, bypass FROM zone_element WHERE zone = $p0 AND type = $p1 AND name = $p2;",
            zone,
            key.Type,
            key.Name);
        return reader.Read() ? ReadElement(reader) : null;
    }

    public IEnumerable<ElementEntry> Elements(string zone) =>
        Stream("SELECT type, name, fmid, rmid, umids, lmods, syslib, distlib, bypass FROM zone_element WHERE zone = $p0 ORDER BY type, name;", ReadElement, zone);

    /// <summary>The element keys owned by <paramref name="fmid"/> in the zone.</summary>
    public List<ElementKey> ElementsOwnedBy(string zone, string fmid) =>
        [.. Stream("SELECT type, name FROM zone_element WHERE zone = $p0 AND fmid = $p1;", ReadKey, zone, fmid)];

    /// <summary>The elements the SYSMOD's install changed, as recorded.</summary>
    public List<ElementKey> ElementsChangedBy(string zone, string sysmod) =>
        [.. Stream("SELECT type, name FROM zone_sysmod_element WHERE zone = $p0 AND sysmod = $p1;", ReadKey, zone, sysmod)];

    /// <summary>The SYSMODs whose recorded changes include the element.</summary>
    public List<string> SysmodsThatChanged(string zone, ElementKey key) =>
        List("SELECT sysmod FROM zone_sysmod_element WHERE zone = $p0 AND type = $p1 AND name = $p2 ORDER BY sysmod;", zone, key.Type, key.Name);

    /// <summary>The installed SYSMODs of the zone whose recorded <paramref name="kind"/> list names <paramref name="id"/>.</summary>
    public List<string> NamedBy(string zone, string id, string kind) =>
        List("SELECT DISTINCT sysmod FROM zone_requisite WHERE zone = $p0 AND req = $p1 AND kind = $p2 ORDER BY sysmod;", zone, id, kind);

    /// <summary>The recorded <paramref name="kind"/> list of an installed SYSMOD.</summary>
    public List<string> Requisites(string zone, string sysmod, string kind) =>
        List("SELECT req FROM zone_requisite WHERE zone = $p0 AND sysmod = $p1 AND kind = $p2 ORDER BY req;", zone, sysmod, kind);

    /// <summary>The <c>++IF FMID(fmid) REQ(...)</c> conditions recorded by SYSMODs installed in the zone: (owner, requisite).</summary>
    public List<(string Owner, string Req)> IfRequisites(string zone, string fmid)
    {
        var list = new List<(string, string)>();
        using var reader = Query("SELECT sysmod, req FROM zone_requisite WHERE zone = $p0 AND kind = 'IF' AND fmid = $p1 ORDER BY sysmod, req;", zone, fmid);
        while (reader.Read())
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }

        return list;
    }

    /// <summary>The ERROR holds (internal first, then external) on the zone's installed SYSMODs.</summary>
    public IEnumerable<(string Sysmod, HoldStatement Hold)> ErrorHoldsOfInstalled(string zone)
    {
        const string Installed = "z.zone = $p0 AND z.status IN ('Applied', 'Accepted') AND h.category = 'Error'";
        return Stream(
            $"""
            SELECT z.id, h.hold FROM zone_sysmod z JOIN global_internal_hold h ON h.sysmod = z.id WHERE {Installed}
            UNION ALL
            SELECT z.id, h.hold FROM zone_sysmod z JOIN global_hold h ON h.sysmod = z.id WHERE {Installed};
            """,
            r => (r.GetString(0), JsonSerializer.Deserialize(r.GetString(1), CsiJsonContext.Default.HoldStatement)!),
            zone);
    }

    public void SaveZoneDelta(string zone, ZoneDelta delta)
    {
        foreach (var (id, entry) in delta.Sysmods)
        {
            if (entry is null)
            {
                Execute("DELETE FROM zone_sysmod WHERE zone = $p0 AND id = $p1;", zone, id);
                continue;
            }

            Execute(
                "INSERT OR REPLACE INTO zone_sysmod(zone, id, type, status, fmid, supby, activation) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6);",
                zone,
                id,
                entry.Type?.ToString(),
                entry.Status.ToString(),
                entry.Fmid,
                string.Join(ListSeparator, entry.SupBy),
                entry.Activation.ToString());
        }

        foreach (var (id, record) in delta.Records)
        {
            Execute("DELETE FROM zone_sysmod_element WHERE zone = $p0 AND sysmod = $p1;", zone, id);
            Execute("DELETE FROM zone_requisite WHERE zone = $p0 AND sysmod = $p1;", zone, id);
            if (record is not null)
            {
                SaveRecord(zone, id, record);
            }
        }

        foreach (var (key, element) in delta.Elements)
        {
            if (element is null)
            {
                Execute("DELETE FROM zone_element WHERE zone = $p0 AND type = $p1 AND name = $p2;", zone, key.Type, key.Name);
                continue;
            }

            Execute(
                "INSERT OR REPLACE INTO zone_element(zone, type, name, fmid, rmid, umids, lmods, syslib, distlib, bypass) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9);",
                zone,
                key.Type,
                key.Name,
                element.Fmid,
                element.Rmid,
                string.Join(ListSeparator, element.Umids),
                string.Join(ListSeparator, element.Lmods),
                element.SysLib,
                element.DistLib,
                element.Bypass ? 1 : 0);
        }
    }

    public void SaveRecord(string zone, string id, InstallRecord record)
    {
        foreach (var key in record.Elements.Distinct())
        {
            Execute("INSERT OR IGNORE INTO zone_sysmod_element(zone, sysmod, type, name) VALUES($p0, $p1, $p2, $p3);", zone, id, key.Type, key.Name);
        }

        SaveRequisites(zone, id, "PRE", "", record.Pre);
        SaveRequisites(zone, id, "REQ", "", record.Req);
        SaveRequisites(zone, id, "SUP", "", record.Sup);
        SaveRequisites(zone, id, "DELETE", "", record.Delete);
        foreach (var condition in record.Ifs)
        {
            SaveRequisites(zone, id, "IF", condition.Fmid, condition.Req);
        }
    }

    private void SaveRequisites(string zone, string id, string kind, string fmid, IReadOnlyList<string> requisites)
    {
        foreach (var req in requisites)
        {
            Execute("INSERT OR IGNORE INTO zone_requisite(zone, sysmod, kind, fmid, req) VALUES($p0, $p1, $p2, $p3, $p4);", zone, id, kind, fmid, req);
        }
    }

    private void DeleteSysmodIndexes(string id)
    {
        Execute("DELETE FROM global_sup WHERE sysmod = $p0;", id);
        Execute("DELETE FROM global_internal_hold WHERE sysmod = $p0;", id);
    }

    /// <summary>
    /// A set of keys as the JSON array that <c>json_each</c> turns into rows: one parameter however many
    /// keys. Queries join it with CROSS JOIN, which keeps the key set as the outer loop; the planner would
    /// otherwise scan the zone's rows and look each up in the key set.
    /// </summary>
    private static string KeySet(IEnumerable<string> ids)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Element keys as a JSON array of [type, name] pairs.</summary>
    private static string KeySet(IEnumerable<ElementKey> keys)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var key in keys)
            {
                json.WriteStartArray();
                json.WriteStringValue(key.Type);
                json.WriteStringValue(key.Name);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ElementKey ReadKey(SqliteDataReader reader) => new(reader.GetString(0), reader.GetString(1));

    private static ZoneSysmod ReadZoneSysmod(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Type = reader.IsDBNull(1) ? null : Enum.Parse<SysmodType>(reader.GetString(1)),
        Status = Enum.Parse<SysmodEntryStatus>(reader.GetString(2)),
        Fmid = reader.IsDBNull(3) ? null : reader.GetString(3),
        SupBy = Split(reader.GetString(4)),
        Activation = Enum.Parse<ActivationClass>(reader.GetString(5)),
    };

    private static ElementEntry ReadElement(SqliteDataReader reader) => new()
    {
        Type = reader.GetString(0),
        Name = reader.GetString(1),
        Fmid = reader.GetString(2),
        Rmid = reader.GetString(3),
        Umids = Split(reader.GetString(4)),
        Lmods = Split(reader.GetString(5)),
        SysLib = reader.IsDBNull(6) ? null : reader.GetString(6),
        DistLib = reader.IsDBNull(7) ? null : reader.GetString(7),
        Bypass = reader.GetInt64(8) != 0,
    };

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    private List<HoldStatement> Holds(string sql, params object?[] values)
    {
        var holds = new List<HoldStatement>();
        using var reader = Query(sql, values);
        while (reader.Read())
        {
            holds.Add(JsonSerializer.Deserialize(reader.GetString(0), CsiJsonContext.Default.HoldStatement)!);
        }

        return holds;
    }

    private List<string> List(string sql, params object?[] values)
    {
        var list = new List<string>();
        using var reader = Query(sql, values);
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    private HashSet<string> Strings(string sql)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var reader = Query(sql);
        while (reader.Read())
        {
            set.Add(reader.GetString(0));
        }

        return set;
    }

    /// <summary>Rows read as they are enumerated, on a command of their own, so other queries can run between them.</summary>
    private IEnumerable<T> Stream<T>(string sql, Func<SqliteDataReader, T> read, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return read(reader);
        }
    }

    private SqliteDataReader Query(string sql, params object?[] values) => Prepared(sql, values).ExecuteReader();

    private int Execute(string sql, params object?[] values) => Prepared(sql, values).ExecuteNonQuery();

    private SqliteCommand Prepared(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) });
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>A forward-only stream of (SYSMOD, hold) rows ordered by SYSMOD, merged with another ordered stream.</summary>
    private sealed class HoldStream(SqliteConnection connection, string sql) : IDisposable
    {
        private readonly CsiRowReader _rows = new(connection, sql);
        private bool _has;
        private bool _started;

        public void TakeFor(string id, List<HoldStatement> into)
        {
            if (!_started)
            {
                _started = true;
                _has = _rows.Read();
            }

            while (_has && string.CompareOrdinal(_rows.String(0), id) < 0)
            {
                _has = _rows.Read();
            }

            while (_has && _rows.String(0) == id)
            {
                into.Add(JsonSerializer.Deserialize(_rows.Bytes(1), CsiJsonContext.Default.HoldStatement)!);
                _has = _rows.Read();
            }
        }

        public void Dispose() => _rows.Dispose();
    }
}
