using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class DestinationsPageTests : DestinationsTestBase
{
    [Fact]
    public void Render_Destinations_ShowsTypeStatusSegmentsAndLastRun()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _destinations.Add(DestinationSamples.Destination(6, "Newsletter", "mailchimp", enabled: false));
        _destinations.LastRuns[5] = DestinationSamples.Run(2, "PartlyFailed", planned: 1_200, sent: 1_150, failed: 40, skipped: 10);

        var cut = RenderPage<DestinationsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["CRM webhook", "Newsletter"], Texts(cut, "destination-name-cell")), Patience);
        Assert.Equal("destinations/5", cut.Find("[data-testid='destination-name-cell'] a").GetAttribute("href"));
        Assert.Equal(["Webhook (audiences)", "Mailchimp list"], Texts(cut, "destination-type"));
        Assert.Equal(["Enabled", "Disabled"], Texts(cut, "destination-status"));
        Assert.Equal(["1", "0"], Texts(cut, "destination-connections"));
        Assert.Equal(["partly failed 2 h ago 1,150 sent · 40 failed · 10 skipped of 1,200", "never run"], Texts(cut, "destination-last-run"));
    }

    [Fact]
    public void Search_NameOrType_ShowsTheMatchingOnes()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook"));
        _destinations.Add(DestinationSamples.Destination(6, "Newsletter", "mailchimp"));
        var cut = RenderPage<DestinationsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, Texts(cut, "destination-name-cell").Length), Patience);

        cut.Find("input[data-testid='destination-search']").Input("mailchimp");

        cut.WaitForAssertion(() => Assert.Equal(["Newsletter"], Texts(cut, "destination-name-cell")), Patience);
        cut.Find("input[data-testid='destination-search']").Input("crm");
        cut.WaitForAssertion(() => Assert.Equal(["CRM webhook"], Texts(cut, "destination-name-cell")), Patience);
        cut.Find("input[data-testid='destination-search']").Input("nothing like it");
        cut.WaitForAssertion(() => Assert.Contains("No destination matches", cut.Find("[data-testid='destinations-no-match']").TextContent, StringComparison.Ordinal),
            Patience);
    }

    [Fact]
    public void Render_PausedDestination_ChipSaysPausedWithTheReason()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", pausedAt: DestinationSamples.Now.AddHours(-1),
            pausedReason: "The endpoint answered 503 Service Unavailable.", failures: 5));

        var cut = RenderPage<DestinationsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Paused"], Texts(cut, "destination-status")), Patience);
        Assert.Equal("Paused: The endpoint answered 503 Service Unavailable.", cut.Find("[data-testid='destination-status']").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_NoDestinations_SaysWhatToDoAndOffersToAddOne()
    {
        var cut = RenderPage<DestinationsPage>();

        cut.WaitForAssertion(() => Assert.Contains("Add a destination to send audiences", cut.Find("[data-testid='destinations-empty']").TextContent,
            StringComparison.Ordinal), Patience);
        Assert.Equal("destinations/new", cut.Find("[data-testid='destinations-empty-add']").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid='destination-table']"));
    }

    [Fact]
    public void Render_ListRefused_ShowsTheServersMessage()
    {
        _destinations.Refusals["List"] = new ApiException(403, "You are not allowed to see destinations.");

        var cut = RenderPage<DestinationsPage>();

        cut.WaitForAssertion(() => Assert.Equal("You are not allowed to see destinations.", cut.Find("[data-testid='destinations-error']").TextContent.Trim()),
            Patience);
    }
}
