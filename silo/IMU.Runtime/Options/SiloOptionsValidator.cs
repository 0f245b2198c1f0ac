using Microsoft.Extensions.Options;

namespace IMU.Runtime.Options;

/// <summary>Rejects silo settings that cannot work, with a message naming the setting.</summary>
internal sealed class SiloOptionsValidator : IValidateOptions<SiloOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add("SiloOptions.ClusterId must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.SiloName))
        {
            failures.Add("SiloOptions.SiloName must not be empty.");
        }

        Positive(failures, "SiloOptions.ResponseTimeout", options.ResponseTimeout);
        Positive(failures, "SiloOptions.ActivationTimeout", options.ActivationTimeout);
        Positive(failures, "SiloOptions.DeactivationTimeout", options.DeactivationTimeout);
        Positive(failures, "SiloOptions.CollectionQuantum", options.CollectionQuantum);
        if (options.CollectionAge < options.CollectionQuantum)
        {
            failures.Add($"SiloOptions.CollectionAge ({options.CollectionAge}) must be at least SiloOptions.CollectionQuantum ({options.CollectionQuantum}).");
        }

        foreach (var type in options.GrainClasses)
        {
            if (!type.IsClass || type.IsAbstract || !type.GetInterfaces().Any(i => i != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(i)))
            {
                failures.Add($"{type.FullName} is not a grain class: it must be a concrete class implementing a grain interface derived from IGrainWithStringKey.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be positive, but is {value}.");
        }
    }
}
