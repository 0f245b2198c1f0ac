using System.CommandLine;
using IMU.Silo.Options;

namespace IMU.Cli.Commands;

/// <summary>
/// The silo's flags (<c>--data</c>, <c>--postgres</c>, the ports, ...) as command-line options, made from
/// <see cref="SiloSettings"/> so <c>imu silo</c> and <c>imu db migrate</c> accept exactly what the host does.
/// Only the flags given are forwarded, so appsettings.json and the <c>IMU_*</c> variables still apply to the rest.
/// </summary>
internal sealed class SiloSettingOptions
{
    private readonly List<(SiloSetting Setting, Option<string?> Option)> _options;

    public SiloSettingOptions(IEnumerable<SiloSetting> settings)
    {
        _options = [.. settings.Select(setting => (setting, new Option<string?>(setting.Switch)
        {
            Description = $"{setting.Description} Also {setting.EnvironmentVariable}.",
            HelpName = "VALUE",
        }))];
    }

    public void AddTo(Command command)
    {
        foreach (var (_, option) in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The host's arguments for the flags given on this command line.</summary>
    public string[] ToHostArguments(ParseResult parseResult) =>
        [.. _options.SelectMany(o => parseResult.GetValue(o.Option) is { } value ? [o.Setting.Switch, value] : Array.Empty<string>())];
}
