using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.AdPlatform;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

public sealed class AdPlatformSettingsTests
{
    [Fact]
    public async Task Validate_FileDeliveryWithFolder_NoProblems()
    {
        await using var host = new SenderHost();

        var problems = host.Get<AdPlatformSender>().Validate(Target(new() { ["platform"] = "Google", ["folder"] = "ads/google" }));

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Validate_UnknownPlatformAndDelivery_ProblemsByKey()
    {
        await using var host = new SenderHost();

        var problems = host.Get<AdPlatformSender>().Validate(Target(new() { ["platform"] = "tiktok", ["delivery"] = "fax", ["folder"] = "ads" }));

        Assert.Equal(["delivery", "platform"], problems.Keys.Order());
        Assert.Equal("'tiktok' is not a platform this destination knows; choose google or meta.", problems["platform"]);
    }

    [Fact]
    public async Task Validate_GoogleApiWithoutEndpointOrToken_BothAskedFor()
    {
        await using var host = new SenderHost();

        var problems = host.Get<AdPlatformSender>().Validate(Target(new() { ["platform"] = "google", ["delivery"] = "api" }));

        Assert.Equal(["accessToken", "endpointUrl"], problems.Keys.Order());
    }

    [Fact]
    public async Task Validate_MetaApiWithoutAudience_AudienceAskedForEndpointDefaulted()
    {
        await using var host = new SenderHost();
        var target = Target(new() { ["platform"] = "meta", ["delivery"] = "api" }, new() { ["accessToken"] = "t" });

        var problems = host.Get<AdPlatformSender>().Validate(target);

        Assert.Equal("audienceId", Assert.Single(problems).Key);
        Assert.Equal(AdPlatformSettings.MetaGraphApi, AdPlatformSettings.Read(target).Endpoint!.ToString().TrimEnd('/'));
    }

    [Theory]
    [InlineData("folder", "../outside")]
    [InlineData("folder", "/etc")]
    [InlineData("defaultCountryCode", "Narnia")]
    [InlineData("audienceId", "123/../../me")]
    public async Task Validate_BadValue_ProblemUnderItsKey(string key, string value)
    {
        await using var host = new SenderHost();
        var settings = new Dictionary<string, string> { ["platform"] = "meta", ["folder"] = "ads", [key] = value };

        var problems = host.Get<AdPlatformSender>().Validate(Target(settings));

        Assert.Equal(key, Assert.Single(problems).Key);
    }

    private static DestinationTarget Target(Dictionary<string, string> settings, Dictionary<string, string>? secrets = null) =>
        SenderHost.Target(DestinationType.AdPlatform, settings, secrets);
}
