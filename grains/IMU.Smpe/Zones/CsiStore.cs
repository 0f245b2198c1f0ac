using System.Globalization;
using System.Text.Json;
using IMU.Smpe.Activation;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Zones;

/// <summary>Reads zones into their in-memory models and writes command deltas, on one connection.</summary>
internal sealed class CsiStore(SqliteConnection connection)
{
    private const char ListSeparator = ' ';
    private const char ElementSeparator = '\n';

    public long Generation(SqliteTransaction? tx = null)
    {
        using var command = Command("SELECT value FROM meta WHERE key = 'generation';", tx);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void BumpGeneration(SqliteTransaction tx)
    {
        using var command = Command("UPDATE meta SET value = value + 1 WHERE key = 'generation';", tx);
        command.ExecuteNonQuery();
    }

    public Dictionary<string, ZoneDefinition> LoadZones(SqliteTransaction? tx = null)
    {
        var zones = new Dictionary<string, ZoneDefinition>(StringComparer.Ordinal);
        using var command = Command("SELECT name, type, related, srel FROM zone;", tx);
        using var reader = command.ExecuteReader();
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

    public void AddZone(ZoneDefinition zone, SqliteTransaction tx)
    {
        using var command = Command("INSERT INTO zone(name, type, related, srel) VALUES($n, $t, $r, $s); INSERT OR IGNORE INTO global_srel(srel) VALUES($s);", tx);
        command.Parameters.AddWithValue("$n", zone.Name);
        command.Parameters.AddWithValue("$t", zone.Type.ToString());
        command.Parameters.AddWithValue("$r", (object?)zone.Related ?? DBNull.Value);
        command.Parameters.AddWithValue("$s", zone.Srel);
        command.ExecuteNonQuery();
    }

    public GlobalZoneModel LoadGlobal(SqliteTransaction? tx = null)
    {
        var global = new GlobalZoneModel();
        ReadStrings("SELECT srel FROM global_srel;", global.Srels, tx);
        ReadStrings("SELECT fmid FROM global_fmid;", global.Fmids, tx);
        // The JSON goes to the deserializer as the UTF-8 bytes SQLite holds: no UTF-16 copy, no transcoding back.
        using (var rows = new CsiRowReader(connection, "SELECT mcs FROM global_sysmod;"))
        {
            while (rows.Read())
            {
                var sysmod = JsonSerializer.Deserialize(rows.Bytes(0), CsiJsonContext.Default.Sysmod)!;
                global.Sysmods[sysmod.Id] = sysmod;
            }
        }

        using (var rows = new CsiRowReader(connection, "SELECT hold FROM global_hold;"))
        {
            while (rows.Read())
            {
                global.AddHold(JsonSerializer.Deserialize(rows.Bytes(0), CsiJsonContext.Default.HoldStatement)!);
            }
        }

        return global;
    }

    public void SaveSysmod(Sysmod sysmod, SqliteTransaction tx)
    {
        using var command = Command("INSERT OR REPLACE INTO global_sysmod(id, type, rework, mcs) VALUES($i, $t, $r, $m);", tx);
        command.Parameters.AddWithValue("$i", sysmod.Id);
        command.Parameters.AddWithValue("$t", sysmod.Type.ToString());
        command.Parameters.AddWithValue("$r", (object?)sysmod.Rework ?? DBNull.Value);
        command.Parameters.AddWithValue("$m", JsonSerializer.Serialize(sysmod, CsiJsonContext.Default.Sysmod));
        command.ExecuteNonQuery();
    }

    public void SaveFmid(string fmid, SqliteTransaction tx)
    {
        using var command = Command("INSERT OR IGNORE INTO global_fmid(fmid) VALUES($f);", tx);
        command.Parameters.AddWithValue("$f", fmid);
        command.ExecuteNonQuery();
    }

    public void SaveHold(HoldStatement hold, SqliteTransaction tx)
    {
        using var command = Command("INSERT OR REPLACE INTO global_hold(sysmod, category, reason, fmid, hold) VALUES($s, $c, $r, $f, $h);", tx);
        command.Parameters.AddWithValue("$s", hold.SysmodId);
        command.Parameters.AddWithValue("$c", hold.Category.ToString());
        command.Parameters.AddWithValue("$r", hold.Reason);
        command.Parameters.AddWithValue("$f", hold.Fmid);
        command.Parameters.AddWithValue("$h", JsonSerializer.Serialize(hold, CsiJsonContext.Default.HoldStatement));
        command.ExecuteNonQuery();
    }

    public void DeleteHold(ReleaseStatement release, SqliteTransaction tx)
    {
        using var command = Command("DELETE FROM global_hold WHERE sysmod = $s AND category = $c AND reason = $r;", tx);
        command.Parameters.AddWithValue("$s", release.SysmodId);
        command.Parameters.AddWithValue("$c", release.Category.ToString());
        command.Parameters.AddWithValue("$r", release.Reason);
        command.ExecuteNonQuery();
    }

    public ZoneModel LoadZone(ZoneDefinition definition, SqliteTransaction? tx = null)
    {
        var zone = new ZoneModel(definition);
        zone.Elements.EnsureCapacity(ElementCount(definition.Name, tx));
        using (var rows = new CsiRowReader(connection, "SELECT id, type, status, fmid, supby, activation, elements FROM zone_sysmod WHERE zone = ?1;", definition.Name))
        {
            while (rows.Read())
            {
                var entry = new ZoneSysmod
                {
                    Id = rows.String(0),
                    Type = rows.IsNull(1) ? null : Enum.Parse<SysmodType>(rows.Pooled(1)),
                    Status = Enum.Parse<SysmodEntryStatus>(rows.Pooled(2)),
                    Fmid = rows.PooledOrNull(3),
                    SupBy = rows.PooledList(4, ListSeparator),
                    Activation = Enum.Parse<ActivationClass>(rows.Pooled(5)),
                    Elements = rows.ElementKeys(6, ElementSeparator),
                };
                zone.Sysmods[entry.Id] = entry;
            }
        }

        using (var rows = new CsiRowReader(connection, "SELECT type, name, fmid, rmid, umids, lmods, syslib, distlib, bypass FROM zone_element WHERE zone = ?1;", definition.Name))
        {
            while (rows.Read())
            {
                var element = new ElementEntry
                {
                    Type = rows.Pooled(0),
                    Name = rows.String(1),
                    Fmid = rows.Pooled(2),
                    Rmid = rows.Pooled(3),
                    Umids = rows.PooledList(4, ListSeparator),
                    Lmods = rows.PooledList(5, ListSeparator),
                    SysLib = rows.PooledOrNull(6),
                    DistLib = rows.PooledOrNull(7),
                    Bypass = rows.Int64(8) != 0,
                };
                zone.Elements[new ElementKey(element.Type, element.Name)] = element;
            }
        }

        return zone;
    }

    public void SaveZoneDelta(string zone, ZoneDelta delta, SqliteTransaction tx)
    {
        using var upsertSysmod = Command(
            "INSERT OR REPLACE INTO zone_sysmod(zone, id, type, status, fmid, supby, activation, elements) VALUES($z, $i, $t, $s, $f, $b, $a, $e);", tx);
        var sysmodParameters = Parameters(upsertSysmod, "$z", "$i", "$t", "$s", "$f", "$b", "$a", "$e");
        using var deleteSysmod = Command("DELETE FROM zone_sysmod WHERE zone = $z AND id = $i;", tx);
        var deleteSysmodParameters = Parameters(deleteSysmod, "$z", "$i");
        foreach (var (id, entry) in delta.Sysmods)
        {
            if (entry is null)
            {
                Execute(deleteSysmod, deleteSysmodParameters, zone, id);
                continue;
            }

            Execute(
                upsertSysmod,
                sysmodParameters,
                zone,
                id,
                entry.Type?.ToString(),
                entry.Status.ToString(),
                entry.Fmid,
                string.Join(ListSeparator, entry.SupBy),
                entry.Activation.ToString(),
                string.Join(ElementSeparator, entry.Elements));
        }

        using var upsertElement = Command(
            "INSERT OR REPLACE INTO zone_element(zone, type, name, fmid, rmid, umids, lmods, syslib, distlib, bypass) VALUES($z, $t, $n, $f, $r, $u, $l, $s, $d, $b);", tx);
        var elementParameters = Parameters(upsertElement, "$z", "$t", "$n", "$f", "$r", "$u", "$l", "$s", "$d", "$b");
        using var deleteElement = Command("DELETE FROM zone_element WHERE zone = $z AND type = $t AND name = $n;", tx);
        var deleteElementParameters = Parameters(deleteElement, "$z", "$t", "$n");
        foreach (var (key, element) in delta.Elements)
        {
            if (element is null)
            {
                Execute(deleteElement, deleteElementParameters, zone, key.Type, key.Name);
                continue;
            }

            Execute(
                upsertElement,
                elementParameters,
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

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names)
    {
        var parameters = names.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        command.Prepare();
        return parameters;
    }

    private static void Execute(SqliteCommand command, SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private int ElementCount(string zone, SqliteTransaction? tx)
    {
        using var command = Command("SELECT count(*) FROM zone_element WHERE zone = $z;", tx);
        command.Parameters.AddWithValue("$z", zone);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void ReadStrings(string sql, HashSet<string> into, SqliteTransaction? tx)
    {
        using var command = Command(sql, tx);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(reader.GetString(0));
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }
}
