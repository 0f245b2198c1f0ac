using System.Globalization;
using System.Text.RegularExpressions;
using IMU.Grains.Models;
using IMU.Smpe.Diagnostics;

namespace IMU.Grains.Fleet;

/// <summary>
/// Checks a fleet file's tree against the one schema (JSON and YAML alike) and builds the
/// <see cref="FleetDefinition"/>. Every problem is reported, positioned at the value at fault and
/// naming the LPAR or group it belongs to; one error anywhere refuses the whole file.
/// </summary>
internal sealed partial class FleetFileBinder
{
    private static readonly string[] s_rootKeys = ["lpars", "groups"];
    private static readonly string[] s_lparKeys = ["name", "sysplex", "zosmf", "hmc", "zone", "dlibZone", "zoneSystem", "credentials", "load", "iplWindows", "expectedIplTime"];
    private static readonly string[] s_credentialKeys = ["user", "passwordEnv"];
    private static readonly string[] s_loadKeys = ["address", "parameter"];
    private static readonly string[] s_windowKeys = ["start", "duration", "repeat"];
    private static readonly string[] s_groupKeys = ["name", "members"];

    private readonly List<(SourceLocation At, string Message)> _errors = [];
    private readonly FleetDefinition _existing;

    private FleetFileBinder(FleetDefinition existing) => _existing = existing;

    /// <summary>Binds <paramref name="root"/>; names the file refers to may be declared in it or already be in <paramref name="existing"/>.</summary>
    public static FleetFileReadResult Bind(FleetNode root, FleetDefinition existing)
    {
        var binder = new FleetFileBinder(existing);
        var fleet = binder.BindRoot(root);
        var errors = binder._errors
            .OrderBy(e => e.At.Line).ThenBy(e => e.At.Column)
            .Select(e => $"{e.At}: error: {e.Message}")
            .ToList();
        return errors.Count == 0 ? new FleetFileReadResult(fleet, []) : new FleetFileReadResult(null, errors);
    }

    private FleetDefinition BindRoot(FleetNode root)
    {
        var keys = Mapping(root, "the fleet file", s_rootKeys, ["lpars"]);
        var lpars = new List<LparDefinition>();
        var lparNodes = new Dictionary<string, FleetNode>(StringComparer.Ordinal);
        if (keys.TryGetValue("lpars", out var lparsEntry) && Sequence(lparsEntry.Value, "lpars") is { } lparItems)
        {
            if (lparItems.Count == 0)
            {
                Error(lparsEntry.Value.Location, "lpars is empty; declare at least one LPAR");
            }

            foreach (var item in lparItems)
            {
                if (BindLpar(item) is { } lpar)
                {
                    if (!lparNodes.TryAdd(lpar.Name, item))
                    {
                        Error(item.Location, $"LPAR {lpar.Name} is declared twice (first at line {lparNodes[lpar.Name].Location.Line})");
                        continue;
                    }

                    lpars.Add(lpar);
                }
            }
        }

        var known = new HashSet<string>(_existing.Lpars.Select(l => l.Name).Concat(lpars.Select(l => l.Name)), StringComparer.Ordinal);
        CheckZoneSystems(lpars, lparNodes, known);
        var groups = keys.TryGetValue("groups", out var groupsEntry) ? BindGroups(groupsEntry.Value, known) : [];
        return new FleetDefinition([.. lpars], [.. groups]);
    }

    private LparDefinition? BindLpar(FleetNode node)
    {
        var keys = Mapping(node, "an LPAR", s_lparKeys, ["name", "sysplex", "zosmf", "zone", "dlibZone"]);
        var name = Name(keys, "name", "LPAR name");
        var what = name is null ? "LPAR" : $"LPAR {name}";
        var sysplex = Name(keys, "sysplex", $"{what}: sysplex name");
        var zosmf = Url(keys, "zosmf", what);
        var hmc = Url(keys, "hmc", what);
        var zone = Zone(keys, "zone", $"{what}: zone");
        var dlibZone = Zone(keys, "dlibZone", $"{what}: dlibZone");
        var zoneSystem = Name(keys, "zoneSystem", $"{what}: zoneSystem");
        var credentials = keys.TryGetValue("credentials", out var c) ? BindCredentials(c.Value, what) : null;
        var load = keys.TryGetValue("load", out var l) ? BindLoad(l.Value, what) : null;
        var expectedIplTime = LparDefinition.DefaultExpectedIplTime;
        if (keys.TryGetValue("expectedIplTime", out var e) && String(e.Value, $"{what}: expectedIplTime") is { } expectedText)
        {
            expectedIplTime = Duration(e.Value, $"{what}: expectedIplTime", expectedText) ?? expectedIplTime;
        }

        var windows = keys.TryGetValue("iplWindows", out var w) ? BindWindows(w.Value, what, expectedIplTime) : [];
        if (name is null || sysplex is null || zosmf is null || zone is null || dlibZone is null)
        {
            return null;
        }

        return new LparDefinition
        {
            Name = name,
            Sysplex = sysplex,
            Zosmf = zosmf,
            Hmc = hmc,
            Zone = zone,
            DlibZone = dlibZone,
            ZoneSystem = zoneSystem == name ? null : zoneSystem,
            Credentials = credentials,
            Load = load,
            IplWindows = [.. windows],
            ExpectedIplTime = expectedIplTime,
        };
    }

    private CredentialsReference? BindCredentials(FleetNode node, string what)
    {
        if (node.Kind == FleetNodeKind.Mapping)
        {
            foreach (var entry in node.Entries.Where(e => e.Key is "password" or "token"))
            {
                Error(entry.KeyLocation, $"{what}: credentials.{entry.Key}: secrets go by reference only; name the environment variable that holds it in passwordEnv");
            }
        }

        var keys = Mapping(node, $"{what}: credentials", [.. s_credentialKeys, "password", "token"], ["user"]);
        var user = keys.TryGetValue("user", out var u) ? String(u.Value, $"{what}: credentials.user") : null;
        string? passwordEnv = null;
        if (keys.TryGetValue("passwordEnv", out var p) && String(p.Value, $"{what}: credentials.passwordEnv") is { } env)
        {
            if (EnvironmentVariableName().IsMatch(env))
            {
                passwordEnv = env;
            }
            else
            {
                Error(p.Value.Location, $"{what}: credentials.passwordEnv '{env}' is not an environment variable name (letters, digits and _, not starting with a digit)");
            }
        }

        return user is null ? null : new CredentialsReference(user, passwordEnv);
    }

    private IplLoad? BindLoad(FleetNode node, string what)
    {
        var keys = Mapping(node, $"{what}: load", s_loadKeys, ["address", "parameter"]);
        string? address = null;
        string? parameter = null;
        if (keys.TryGetValue("address", out var a) && String(a.Value, $"{what}: load.address") is { } addressText)
        {
            address = addressText.ToUpperInvariant();
            if (!LoadAddress().IsMatch(address))
            {
                Error(a.Value.Location, $"{what}: load.address '{addressText}' must be a 4-digit hex device number such as 0A80");
                address = null;
            }
        }

        if (keys.TryGetValue("parameter", out var p) && String(p.Value, $"{what}: load.parameter") is { } parameterText)
        {
            parameter = parameterText.ToUpperInvariant();
            if (!LoadParameter().IsMatch(parameter))
            {
                Error(p.Value.Location, $"{what}: load.parameter '{parameterText}' must be 1 to 8 of A-Z, 0-9, @, #, $ and . (IODF device, LOADxx suffix, IMSI, nucleus suffix)");
                parameter = null;
            }
        }

        return address is null || parameter is null ? null : new IplLoad(address, parameter);
    }

    private List<IplWindow> BindWindows(FleetNode node, string what, TimeSpan expectedIplTime)
    {
        var windows = new List<IplWindow>();
        if (Sequence(node, $"{what}: iplWindows") is not { } items)
        {
            return windows;
        }

        foreach (var item in items)
        {
            var keys = Mapping(item, $"{what}: IPL window", s_windowKeys, ["start", "duration"]);
            DateTimeOffset? start = null;
            if (keys.TryGetValue("start", out var s) && String(s.Value, $"{what}: iplWindows.start") is { } startText)
            {
                start = Timestamp(s.Value, $"{what}: iplWindows.start", startText);
            }

            TimeSpan? duration = null;
            if (keys.TryGetValue("duration", out var d) && String(d.Value, $"{what}: iplWindows.duration") is { } durationText)
            {
                duration = Duration(d.Value, $"{what}: iplWindows.duration", durationText);
                if (duration < expectedIplTime)
                {
                    Error(d.Value.Location, $"{what}: IPL window duration {durationText} is shorter than the expected IPL time {Iso8601.Format(expectedIplTime)}, so no IPL could ever start in it");
                }
            }

            TimeSpan? repeat = null;
            if (keys.TryGetValue("repeat", out var r) && String(r.Value, $"{what}: iplWindows.repeat") is { } repeatText)
            {
                repeat = Duration(r.Value, $"{what}: iplWindows.repeat", repeatText);
                if (repeat < duration)
                {
                    Error(r.Value.Location, $"{what}: IPL window repeat {repeatText} is shorter than its duration, so occurrences would overlap");
                }
            }

            if (start is { } windowStart && duration is { } windowDuration)
            {
                windows.Add(new IplWindow(windowStart, windowDuration, repeat));
            }
        }

        return windows;
    }

    private List<GroupDefinition> BindGroups(FleetNode node, HashSet<string> knownLpars)
    {
        var groups = new List<GroupDefinition>();
        if (Sequence(node, "groups") is not { } items)
        {
            return groups;
        }

        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredAt = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var keys = Mapping(item, "a group", s_groupKeys, ["name", "members"]);
            var name = Name(keys, "name", "group name");
            if (name is not null && !declaredAt.TryAdd(name, item.Location))
            {
                Error(item.Location, $"group {name} is declared twice (first at line {declaredAt[name].Line})");
                name = null;
            }

            var members = new List<string>();
            if (keys.TryGetValue("members", out var m) && Sequence(m.Value, $"group {name}: members") is { } memberNodes)
            {
                if (memberNodes.Count == 0)
                {
                    Error(m.Value.Location, $"group {name}: members is empty");
                }

                foreach (var memberNode in memberNodes)
                {
                    if (String(memberNode, $"group {name}: member") is not { } member)
                    {
                        continue;
                    }

                    if (!knownLpars.Contains(member))
                    {
                        Error(memberNode.Location, $"group {name}: member {member} is not an LPAR of the fleet or of this file");
                    }
                    else if (members.Contains(member))
                    {
                        Error(memberNode.Location, $"group {name}: member {member} is listed twice");
                    }
                    else if (declaredIn.TryGetValue(member, out var other))
                    {
                        Error(memberNode.Location, $"group {name}: member {member} is already a member of group {other}; an LPAR belongs to one group");
                    }
                    else
                    {
                        members.Add(member);
                        if (name is not null)
                        {
                            declaredIn[member] = name;
                        }
                    }
                }
            }

            if (name is not null && members.Count > 0)
            {
                groups.Add(new GroupDefinition(name, [.. members]));
            }
        }

        // Groups the file does not redeclare stay as they are, so their members may not join a group here.
        foreach (var kept in _existing.Groups.Where(g => !declaredAt.ContainsKey(g.Name)))
        {
            foreach (var member in kept.Members.Where(declaredIn.ContainsKey))
            {
                Error(declaredAt[declaredIn[member]], $"group {declaredIn[member]}: member {member} is already a member of group {kept.Name}; an LPAR belongs to one group");
            }
        }

        return groups;
    }

    /// <summary>LPARs that share an SMP/E system's zone share its target libraries, so they must agree on the DLIB zone.</summary>
    private void CheckZoneSystems(List<LparDefinition> lpars, Dictionary<string, FleetNode> nodes, HashSet<string> known)
    {
        var byZone = new Dictionary<string, LparDefinition>(StringComparer.Ordinal);
        foreach (var existing in _existing.Lpars)
        {
            byZone.TryAdd(existing.ZoneKey, existing);
        }

        foreach (var lpar in lpars)
        {
            var location = nodes[lpar.Name].Location;
            if (lpar.ZoneSystem is { } system && !known.Contains(system))
            {
                Error(location, $"LPAR {lpar.Name}: zoneSystem {system} is not an LPAR of the fleet or of this file");
            }

            if (byZone.TryGetValue(lpar.ZoneKey, out var sharing) && sharing.Name != lpar.Name && sharing.DlibZone != lpar.DlibZone)
            {
                Error(location, $"LPAR {lpar.Name}: zone {lpar.ZoneKey} is shared with {sharing.Name}, whose dlibZone is {sharing.DlibZone}, not {lpar.DlibZone}");
            }

            byZone[lpar.ZoneKey] = lpar;
        }
    }

    private Dictionary<string, FleetNodeEntry> Mapping(FleetNode node, string what, string[] allowed, string[] required)
    {
        var keys = new Dictionary<string, FleetNodeEntry>(StringComparer.Ordinal);
        if (node.Kind != FleetNodeKind.Mapping)
        {
            Error(node.Location, $"{what} must be a mapping, not {node.Describe()}");
            return keys;
        }

        foreach (var entry in node.Entries)
        {
            if (!allowed.Contains(entry.Key, StringComparer.Ordinal))
            {
                var hint = allowed.FirstOrDefault(a => string.Equals(a, entry.Key, StringComparison.OrdinalIgnoreCase));
                Error(entry.KeyLocation, hint is null
                    ? $"{what}: unknown key '{entry.Key}'; expected {string.Join(", ", allowed)}"
                    : $"{what}: unknown key '{entry.Key}'; did you mean '{hint}'?");
            }
            else if (!keys.TryAdd(entry.Key, entry))
            {
                Error(entry.KeyLocation, $"{what}: key '{entry.Key}' is given twice");
            }
        }

        foreach (var key in required.Where(k => !keys.ContainsKey(k)))
        {
            Error(node.Location, $"{what}: '{key}' is required");
        }

        return keys;
    }

    private IReadOnlyList<FleetNode>? Sequence(FleetNode node, string what)
    {
        if (node.Kind == FleetNodeKind.Sequence)
        {
            return node.Items;
        }

        Error(node.Location, $"{what} must be a list, not {node.Describe()}");
        return null;
    }

    private string? String(FleetNode node, string what)
    {
        if (node.Kind == FleetNodeKind.Scalar && node.IsString && !string.IsNullOrWhiteSpace(node.Text))
        {
            return node.Text;
        }

        Error(node.Location, $"{what} must be a non-empty string, not {node.Describe()}");
        return null;
    }

    private string? Name(Dictionary<string, FleetNodeEntry> keys, string key, string what)
    {
        if (!keys.TryGetValue(key, out var entry) || String(entry.Value, what) is not { } text)
        {
            return null;
        }

        var problem = SmpeNames.DdnameProblem(what, text);
        if (problem is null)
        {
            return text;
        }

        Error(entry.Value.Location, problem);
        return null;
    }

    private string? Zone(Dictionary<string, FleetNodeEntry> keys, string key, string what)
    {
        if (!keys.TryGetValue(key, out var entry) || String(entry.Value, what) is not { } text)
        {
            return null;
        }

        var problem = SmpeNames.ZoneNameProblem(what, text);
        if (problem is null)
        {
            return text;
        }

        Error(entry.Value.Location, problem);
        return null;
    }

    private string? Url(Dictionary<string, FleetNodeEntry> keys, string key, string what)
    {
        if (!keys.TryGetValue(key, out var entry) || String(entry.Value, $"{what}: {key}") is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return text;
        }

        Error(entry.Value.Location, $"{what}: {key} '{text}' must be an absolute http or https URL");
        return null;
    }

    private TimeSpan? Duration(FleetNode node, string what, string text)
    {
        var (value, problem) = Iso8601.ParseDuration(what, text);
        if (problem is null)
        {
            return value;
        }

        Error(node.Location, problem);
        return null;
    }

    private DateTimeOffset? Timestamp(FleetNode node, string what, string text)
    {
        if (IsoTimestamp().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value.ToUniversalTime();
        }

        Error(node.Location, $"{what} '{text}' must be an ISO-8601 time with its offset, such as 2026-12-06T02:00:00Z");
        return null;
    }

    private void Error(SourceLocation at, string message) => _errors.Add((at, message));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentVariableName();

    [GeneratedRegex("^[0-9A-F]{4}$")]
    private static partial Regex LoadAddress();

    [GeneratedRegex(@"^[A-Z0-9@#$.]{1,8}$")]
    private static partial Regex LoadParameter();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoTimestamp();
}
