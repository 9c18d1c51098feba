using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.AdPlatform;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using static Lodestar.Domain.Tests.Destinations.SenderTesting.SenderHost;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

/// <summary>File delivery of the ad-platform sender: the platforms' upload CSVs on disk.</summary>
public sealed class CustomerListFileTests
{
    private const string JaneGmailGoogle = "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"; // janedoe@gmail.com
    private const string UsPhoneGoogle = "fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30"; // +18005550100
    private const string UsPhoneMeta = "92cfdc5fbcd4a20fbe5d3857af6c1aba31762105bba7f21a17155e920653046c"; // 18005550100
    private const string Bob = "5ff860bf1190596c7188ab851db691f0f3169c453936e9e1eba2f9a47f7a0018"; // bob@example.com

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_Google_TemplateColumnsWithHashesOneFilePerAction()
    {
        await using var host = new SenderHost();

        var outcome = await host.Get<AdPlatformSender>().SendAsync(Target("google"),
            Batch(Add(1, "Jane.Doe@gmail.com", "+1 800 555 0100"), Remove(2, "bob@example.com"), Add(3, phone: "(800) 555-0100")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var folder = Path.Combine(host.FileRoot, "exports", "ads");
        Assert.Equal(
            ["google-segment-9-run-000041-batch-00003-add-normalizer-v1.csv", "google-segment-9-run-000041-batch-00003-remove-normalizer-v1.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.Equal($"Email,Phone\r\n{JaneGmailGoogle},{UsPhoneGoogle}\r\n,{UsPhoneGoogle}\r\n",
            await File.ReadAllTextAsync(Path.Combine(folder, "google-segment-9-run-000041-batch-00003-add-normalizer-v1.csv"), Ct));
        Assert.Equal($"Email,Phone\r\n{Bob},\r\n",
            await File.ReadAllTextAsync(Path.Combine(folder, "google-segment-9-run-000041-batch-00003-remove-normalizer-v1.csv"), Ct));
    }

    [Fact]
    public async Task SendAsync_Meta_LowerCaseColumnsAndPhonesWithoutPlus()
    {
        await using var host = new SenderHost();

        await host.Get<AdPlatformSender>().SendAsync(Target("meta"), Batch(Add(1, phone: "+1 800 555 0100")), Ct);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.FileRoot, "exports", "ads")));
        Assert.Equal("meta-segment-9-run-000041-batch-00003-add-normalizer-v1.csv", Path.GetFileName(file));
        Assert.Equal($"email,phone\r\n,{UsPhoneMeta}\r\n", await File.ReadAllTextAsync(file, Ct));
    }

    [Fact]
    public async Task SendAsync_BatchSentAgain_SameFileReplacedNothingAdded()
    {
        await using var host = new SenderHost();
        var sender = host.Get<AdPlatformSender>();
        await sender.SendAsync(Target("google"), Batch(Add(1, "bob@example.com")), Ct);

        var outcome = await sender.SendAsync(Target("google"), Batch(Add(1, "bob@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.FileRoot, "exports", "ads")));
        Assert.DoesNotContain(AtomicFile.TemporarySuffix, file);
        Assert.Equal($"Email,Phone\r\n{Bob},\r\n", await File.ReadAllTextAsync(file, Ct));
    }

    [Fact]
    public async Task TestAsync_FileDelivery_FolderCreatedAndWritable()
    {
        await using var host = new SenderHost();

        var result = await host.Get<AdPlatformSender>().TestAsync(Target("google"), Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.FileRoot, "exports", "ads")));
    }

    private static DestinationTarget Target(string platform) => SenderHost.Target(DestinationType.AdPlatform, new Dictionary<string, string>
    {
        ["platform"] = platform, ["delivery"] = "file", ["folder"] = "exports/ads", ["defaultCountryCode"] = "US",
    });
}
