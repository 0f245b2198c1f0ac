using System.Globalization;
using IMU.Silo.Options;

namespace IMU.Silo.Hosting;

/// <summary>
/// Where <see cref="ImuSiloOptions"/> come from: appsettings.json (section <c>Silo</c>) below the
/// <c>IMU_*</c> environment variables below the flags, and how they are checked before anything starts.
/// </summary>
internal static class SiloConfiguration
{
    private static readonly string[] s_numericSettings =
        [nameof(ImuSiloOptions.SiloPort), nameof(ImuSiloOptions.GatewayPort), nameof(ImuSiloOptions.HttpPort)];

    /// <summary>Adds the environment variables and flags on top of whatever sources the builder already has.</summary>
    public static void AddSources(IConfigurationBuilder configuration, string[] args) =>
        AddSources(configuration, args, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="AddSources(IConfigurationBuilder, string[])"/>, reading the variables through <paramref name="environment"/>.</summary>
    public static void AddSources(IConfigurationBuilder configuration, string[] args, Func<string, string?> environment)
    {
        CheckArguments(args);
        var fromEnvironment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in SiloSettings.All)
        {
            if (environment(setting.EnvironmentVariable) is { Length: > 0 } value)
            {
                fromEnvironment[setting.Key] = value;
            }
        }

        configuration.AddInMemoryCollection(fromEnvironment);
        configuration.AddCommandLine(args, SiloSettings.All.ToDictionary(s => s.Switch, s => s.Key, StringComparer.Ordinal));
    }

    /// <summary>Binds and validates the options, or throws <see cref="SiloConfigurationException"/> listing every problem.</summary>
    public static ImuSiloOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(ImuSiloOptions.SectionName);
        var problems = new List<string>();
        foreach (var name in s_numericSettings)
        {
            if (section[name] is { } text && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                var setting = SiloSettings.All.Single(s => s.Key == $"{ImuSiloOptions.SectionName}:{name}");
                problems.Add($"{setting.Switch} ({setting.EnvironmentVariable}, {setting.Key}) must be a number, not '{text}'.");
            }
        }

        if (problems.Count > 0)
        {
            throw new SiloConfigurationException(problems);
        }

        var options = new ImuSiloOptions();
        try
        {
            section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            throw new SiloConfigurationException([ex.Message]);
        }

        problems.AddRange(ImuSiloOptionsValidator.Validate(options));
        return problems.Count > 0 ? throw new SiloConfigurationException(problems) : options;
    }

    /// <summary>
    /// Refuses flags the silo does not know (a typo must not silently fall back to a default);
    /// configuration paths such as <c>--Logging:LogLevel:Default=Debug</c> pass through.
    /// </summary>
    private static void CheckArguments(string[] args)
    {
        var known = SiloSettings.All.Select(s => s.Switch).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                continue;
            }

            var name = arg.Split('=', 2)[0];
            if (known.Contains(name))
            {
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    if (i + 1 >= args.Length)
                    {
                        problems.Add($"{name} needs a value.");
                    }

                    i++;
                }
            }
            else if (!name.Contains(':', StringComparison.Ordinal))
            {
                problems.Add($"Unknown flag {name}; the silo takes {string.Join(", ", known)}.");
            }
        }

        if (problems.Count > 0)
        {
            throw new SiloConfigurationException(problems);
        }
    }
}
