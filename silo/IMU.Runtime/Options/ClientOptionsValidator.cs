using Microsoft.Extensions.Options;

namespace IMU.Runtime.Options;

/// <summary>Rejects client settings that cannot work, with a message naming the setting.</summary>
internal sealed class ClientOptionsValidator : IValidateOptions<ClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add("ClientOptions.ClusterId must not be empty.");
        }

        SiloOptionsValidator.Positive(failures, "ClientOptions.ResponseTimeout", options.ResponseTimeout);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
