using System.Text.RegularExpressions;
using IMU.Silo.Health;
using Npgsql;
using YamlDotNet.RepresentationModel;

namespace IMU.Silo.Tests.Deploy;

/// <summary>
/// The compose file, the Kubernetes manifests and the systemd unit cannot run here; these read them and
/// check what each silo would get (its settings through the silo's own configuration code, its ports,
/// its probes) against what the silo really listens on and serves.
/// </summary>
public sealed partial class DeploymentFileTests
{
    private const string PodIp = "10.244.1.7";

    [Fact]
    public void Compose_EverySilo_GetsValidClusterSettingsAdvertisingItsOwnNetworkAddress()
    {
        var compose = Assert.Single(DeploymentFiles.Documents("compose/compose.yaml"));
        var services = compose.Map("services");
        var postgresAddress = services.Map("postgres").Map("networks").Map("imu").Text("ipv4_address");
        var silos = ComposeSilos(services).ToList();

        Assert.Equal(3, silos.Count);
        foreach (var (name, service) in silos)
        {
            var environment = service.Map("environment").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
            Assert.Empty(DeploymentFiles.UnknownImuVariables(environment.Keys));
            var options = DeploymentFiles.SiloOptions(environment);

            Assert.True(options.IsCluster, $"{name} is not a cluster member");
            Assert.Equal(service.Map("networks").Map("imu").Text("ipv4_address"), options.Address);
            Assert.Equal(postgresAddress, new NpgsqlConnectionStringBuilder(options.Postgres).Host);
            Assert.Equal(["silo"], service.Seq("command").Scalars());
        }

        Assert.Equal(3, silos.Select(s => s.Service.Map("networks").Map("imu").Text("ipv4_address")).Distinct().Count());
    }

    [Fact]
    public void Compose_EverySilo_PublishesItsGatewayAndHttpPortsOnDistinctHostPorts()
    {
        var services = Assert.Single(DeploymentFiles.Documents("compose/compose.yaml")).Map("services");
        var hostPorts = new List<string>();
        foreach (var (name, service) in ComposeSilos(services))
        {
            var options = DeploymentFiles.SiloOptions(service.Map("environment").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!));
            var published = service.Seq("ports").Scalars().Select(p => p.Split(':')).ToList();

            Assert.Equal([options.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), options.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)], published.Select(p => p[1]).Order(StringComparer.Ordinal));
            hostPorts.AddRange(published.Select(p => p[0]));
            Assert.True(options.SiloPort is not 0, name);
        }

        Assert.Equal(hostPorts.Count, hostPorts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Compose_HealthCheck_AsksTheSilosReadyEndpointOnItsAddressAndHttpPort()
    {
        var services = Assert.Single(DeploymentFiles.Documents("compose/compose.yaml")).Map("services");
        foreach (var (_, service) in ComposeSilos(services))
        {
            var options = DeploymentFiles.SiloOptions(service.Map("environment").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!));

            Assert.Equal(["CMD", "curl", "-fsS", $"http://{options.Address}:{options.HttpPort}{HealthEndpoints.ReadyPath}"], service.Map("healthcheck").Seq("test").Scalars());
        }
    }

    [Fact]
    public void Kubernetes_SiloPod_GetsValidClusterSettingsAdvertisingThePodIp()
    {
        var (template, container) = SiloContainer();
        var environment = PodEnvironment(template, container);
        Assert.Empty(DeploymentFiles.UnknownImuVariables(environment.Keys));

        var options = DeploymentFiles.SiloOptions(environment);

        Assert.True(options.IsCluster);
        Assert.Equal(PodIp, options.Address);
        Assert.Equal(environment["ORLEANS_CLUSTER_ID"], options.ClusterId);
        Assert.Equal(environment["ORLEANS_SERVICE_ID"], options.ServiceId);
        Assert.Equal(["silo"], container.Seq("args").Scalars());
        Assert.True(int.Parse(((YamlScalarNode)SiloDeployment().Map("spec").Child("replicas")).Value!, System.Globalization.CultureInfo.InvariantCulture) >= 3);
    }

    [Fact]
    public void Kubernetes_ContainerPorts_AreTheSilosPorts()
    {
        var (template, container) = SiloContainer();
        var options = DeploymentFiles.SiloOptions(PodEnvironment(template, container));

        var ports = ContainerPorts(container);

        Assert.Equal(new Dictionary<string, int> { ["silo"] = options.SiloPort, ["gateway"] = options.GatewayPort, ["http"] = options.HttpPort }, ports);
    }

    [Fact]
    public void Kubernetes_Probes_AskTheSilosHealthEndpointsOnItsHttpPort()
    {
        var (template, container) = SiloContainer();
        var options = DeploymentFiles.SiloOptions(PodEnvironment(template, container));
        var ports = ContainerPorts(container);

        foreach (var (probe, path) in new[] { ("readinessProbe", HealthEndpoints.ReadyPath), ("livenessProbe", HealthEndpoints.LivePath), ("startupProbe", HealthEndpoints.LivePath) })
        {
            var get = container.Map(probe).Map("httpGet");
            Assert.Equal(path, get.Text("path"));
            Assert.Equal(options.HttpPort, ports[get.Text("port")]);
        }
    }

    [Fact]
    public void Kubernetes_Services_SelectTheSiloPodsAndTargetItsNamedPorts()
    {
        var (template, container) = SiloContainer();
        var ports = ContainerPorts(container);
        var labels = template.Map("metadata").Map("labels").Children.ToDictionary(l => ((YamlScalarNode)l.Key).Value!, l => ((YamlScalarNode)l.Value).Value!);
        var services = DeploymentFiles.Documents("kubernetes/service.yaml").Where(d => d.Text("kind") == "Service").ToList();

        Assert.Equal(["imu-gateway", "imu-http"], services.Select(s => s.Map("metadata").Text("name")));
        foreach (var service in services)
        {
            Assert.All(service.Map("spec").Map("selector").Children, s => Assert.Equal(((YamlScalarNode)s.Value).Value, labels[((YamlScalarNode)s.Key).Value!]));
            Assert.All(service.Map("spec").Seq("ports").Children, p => Assert.Contains(p.Text("targetPort"), ports.Keys));
        }
    }

    [Fact]
    public void Kubernetes_Rbac_LetsTheSilosServiceAccountWatchAndDeleteItsPods()
    {
        var (template, _) = SiloContainer();
        var documents = DeploymentFiles.Documents("kubernetes/rbac.yaml");
        var account = template.Map("spec").Text("serviceAccountName");

        var role = Assert.Single(documents, d => d.Text("kind") == "Role");
        var binding = Assert.Single(documents, d => d.Text("kind") == "RoleBinding");

        Assert.Contains(documents, d => d.Text("kind") == "ServiceAccount" && d.Map("metadata").Text("name") == account);
        var rule = Assert.Single(role.Seq("rules").Children);
        Assert.Equal(["pods"], rule.Seq("resources").Scalars());
        Assert.Equal(["delete", "get", "list", "watch"], rule.Seq("verbs").Scalars().Order(StringComparer.Ordinal));
        Assert.Equal(account, Assert.Single(binding.Seq("subjects").Children).Text("name"));
        Assert.Equal(role.Map("metadata").Text("name"), binding.Map("roleRef").Text("name"));
    }

    [Fact]
    public void Kubernetes_EveryManifest_IsInTheNamespaceTheNamespaceManifestCreates()
    {
        var name = Assert.Single(DeploymentFiles.Documents("kubernetes/namespace.yaml")).Map("metadata").Text("name");

        foreach (var file in new[] { "kubernetes/rbac.yaml", "kubernetes/silo.yaml", "kubernetes/service.yaml" })
        {
            Assert.All(DeploymentFiles.Documents(file), d => Assert.Equal(name, d.Map("metadata").Text("namespace")));
        }
    }

    [Fact]
    public void Systemd_EnvironmentFile_GivesValidClusterSettingsAndTheUnitRunsTheSiloAsANotifyService()
    {
        var environment = File.ReadAllLines(Path.Combine(DeploymentFiles.Deploy, "systemd/silo.env"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        var unit = File.ReadAllLines(Path.Combine(DeploymentFiles.Deploy, "systemd/imu-silo.service"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

        Assert.Empty(DeploymentFiles.UnknownImuVariables(environment.Keys));
        var options = DeploymentFiles.SiloOptions(environment);

        Assert.True(options.IsCluster);
        Assert.Equal("notify", unit["Type"]);
        Assert.Equal("/etc/imu/silo.env", unit["EnvironmentFile"]);
        Assert.EndsWith(" silo", unit["ExecStart"], StringComparison.Ordinal);
        Assert.Equal("always", unit["Restart"]);
    }

    private static IEnumerable<(string Name, YamlMappingNode Service)> ComposeSilos(YamlMappingNode services) =>
        services.Children
            .Select(s => (Name: ((YamlScalarNode)s.Key).Value!, Service: (YamlMappingNode)s.Value))
            .Where(s => s.Service.Text("image").StartsWith("imu-silo", StringComparison.Ordinal));

    private static YamlMappingNode SiloDeployment() =>
        Assert.Single(DeploymentFiles.Documents("kubernetes/silo.yaml"), d => d.Text("kind") == "Deployment");

    private static (YamlMappingNode Template, YamlMappingNode Container) SiloContainer()
    {
        var template = SiloDeployment().Map("spec").Map("template");
        return (template, (YamlMappingNode)Assert.Single(template.Map("spec").Seq("containers").Children));
    }

    private static Dictionary<string, int> ContainerPorts(YamlMappingNode container) =>
        container.Seq("ports").Children.ToDictionary(p => p.Text("name"), p => int.Parse(p.Text("containerPort"), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The container's environment as the kubelet fills it in: the downward API (a sample pod IP, the
    /// template's labels), a sample secret, and <c>$(VAR)</c> references to variables defined before.
    /// </summary>
    private static Dictionary<string, string> PodEnvironment(YamlMappingNode template, YamlMappingNode container)
    {
        var labels = template.Map("metadata").Map("labels").Children.ToDictionary(l => ((YamlScalarNode)l.Key).Value!, l => ((YamlScalarNode)l.Value).Value!);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in container.Seq("env").Children)
        {
            var name = variable.Text("name");
            if (variable.TextOrNull("value") is { } value)
            {
                environment[name] = Reference().Replace(value, m => environment[m.Groups[1].Value]);
                continue;
            }

            var from = variable.Map("valueFrom");
            environment[name] = from.Children.ContainsKey(new YamlScalarNode("secretKeyRef"))
                ? "Host=postgres.imu.svc;Port=5432;Database=imu;Username=imu;Password=secret"
                : from.Map("fieldRef").Text("fieldPath") switch
                {
                    "status.podIP" => PodIp,
                    "metadata.name" => "imu-silo-7d9f8-abcde",
                    "metadata.namespace" => "imu",
                    var path when LabelPath().Match(path) is { Success: true } label => labels[label.Groups[1].Value],
                    var path => throw new InvalidOperationException($"{name}: fieldRef {path} is not one the test knows"),
                };
        }

        return environment;
    }

    [GeneratedRegex(@"\$\(([A-Z_]+)\)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^metadata\.labels\['([^']+)'\]$")]
    private static partial Regex LabelPath();
}
