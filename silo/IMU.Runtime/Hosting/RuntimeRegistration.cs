using IMU.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Hosting;

/// <summary>
/// Puts one runtime role (silo or client) on either kind of host builder. What the roles share is
/// here: the clock, the transport and the role's options validated at start; the role adds its own
/// services and returns the builder the application configures it with.
/// </summary>
/// <typeparam name="TOptions">The role's options.</typeparam>
/// <typeparam name="TValidator">Checks the options when the host starts.</typeparam>
/// <typeparam name="TRoleBuilder">What the application's configure callback receives.</typeparam>
/// <param name="addRole">Adds the role's own services.</param>
internal sealed class RuntimeRegistration<TOptions, TValidator, TRoleBuilder>(Func<IServiceCollection, TRoleBuilder> addRole)
    where TOptions : class
    where TValidator : class, IValidateOptions<TOptions>
{
    public IHostApplicationBuilder AddTo(IHostApplicationBuilder builder, Action<TRoleBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        Add(builder.Services, configure);
        return builder;
    }

    public IHostBuilder AddTo(IHostBuilder builder, Action<TRoleBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigureServices((_, services) => Add(services, configure));
    }

    private void Add(IServiceCollection services, Action<TRoleBuilder> configure)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(InProcessTransport.Shared);
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        configure(addRole(services));
    }
}
