using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.AdPlatform;
using Lodestar.Domain.Destinations.CsvFile;
using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Tests.Destinations;

/// <summary>AddDestinations as the app calls it: the senders are found by the registry, once each, and files go under the data folder.</summary>
public sealed class AudienceSenderRegistrationTests
{
    [Fact]
    public async Task AddDestinations_Senders_OneInstanceEachAsTypeAndSender()
    {
        using var data = new TempDirectory();
        await using var services = Build(data.Path, new Dictionary<string, string?>());

        var types = services.GetServices<IDestinationType>().ToList();
        var senders = services.GetServices<IAudienceSender>().ToList();

        foreach (var (type, expected) in new (DestinationType, object)[]
                 {
                     (DestinationType.Mailchimp, services.GetRequiredService<MailchimpSender>()),
                     (DestinationType.AdPlatform, services.GetRequiredService<AdPlatformSender>()),
                     (DestinationType.CsvFile, services.GetRequiredService<CsvFileSender>()),
                 })
        {
            Assert.Same(expected, Assert.Single(types, t => t.Info.Type == type));
            Assert.Same(expected, Assert.Single(senders, s => s.Info.Type == type));
        }
    }

    [Fact]
    public async Task AddDestinations_DeletionSenders_ExactlyTheTypesThatSayTheySupportDeletion()
    {
        using var data = new TempDirectory();
        await using var services = Build(data.Path, new Dictionary<string, string?>());

        var declared = services.GetServices<IDestinationType>().Where(t => t.Info.SupportsDeletion).Select(t => t.Info.Type).Order();
        var deleting = services.GetServices<IPersonDeletionSender>().Select(s => s.Info.Type).Order();

        Assert.Equal(declared, deleting);
        Assert.Same(services.GetRequiredService<MailchimpSender>(), Assert.Single(services.GetServices<IPersonDeletionSender>(), s => s.Info.Type == DestinationType.Mailchimp));
    }

    [Theory]
    [InlineData(null, "destinations")]
    [InlineData("", "destinations")]
    [InlineData("exports", "exports")]
    public async Task AddDestinations_FileRoot_DefaultAndRelativeUnderTheDataFolder(string? configured, string expected)
    {
        using var data = new TempDirectory();
        await using var services = Build(data.Path, new Dictionary<string, string?> { ["Destinations:FileRoot"] = configured });

        Assert.Equal(Path.Combine(data.Path, expected), services.GetRequiredService<IOptions<DestinationOptions>>().Value.FileRoot);
    }

    [Fact]
    public async Task AddDestinations_AbsoluteFileRoot_KeptAsConfigured()
    {
        using var data = new TempDirectory();
        using var elsewhere = new TempDirectory();
        await using var services = Build(data.Path, new Dictionary<string, string?> { ["Destinations:FileRoot"] = elsewhere.Path });

        Assert.Equal(elsewhere.Path, services.GetRequiredService<IOptions<DestinationOptions>>().Value.FileRoot);
    }

    private static ServiceProvider Build(string dataFolder, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDestinations(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), dataFolder);
        return services.BuildServiceProvider();
    }
}
