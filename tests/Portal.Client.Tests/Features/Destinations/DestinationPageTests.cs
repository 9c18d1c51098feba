using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class DestinationPageTests : DestinationsTestBase
{
    private static DestinationDto Paused() => DestinationSamples.Destination(5, "CRM webhook", pausedAt: DestinationSamples.Now.AddHours(-1),
        pausedReason: "The endpoint answered 503 Service Unavailable.", failures: 5, connections: [DestinationSamples.Connection(11, 3, "Churn risk")]);

    [Fact]
    public void Render_Destination_HeaderSaysWhatItIsAndSends()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", consent: "marketing", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.Equal("CRM webhook", cut.Find("[data-testid='destination-title']").TextContent.Trim()), Patience);
        Assert.Equal("Enabled", cut.Find("[data-testid='destination-header'] [data-testid='destination-status']").TextContent.Trim());
        Assert.Equal("Webhook (audiences) · only members who granted marketing · changed 2 h ago by mia@example.com",
            Flat(cut.Find("[data-testid='destination-subtitle']").TextContent));
        Assert.Contains("Segments 1", Flat(cut.Find("[data-testid='destination-header']").TextContent), StringComparison.Ordinal);
        Assert.Equal(["Settings", "Segments (1)", "Preview", "Runs"], cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid='destination-paused']"));
    }

    [Fact]
    public void Render_Unknown_SaysSo()
    {
        var cut = RenderDestination(404);

        cut.WaitForAssertion(() => Assert.Equal("There is no destination with id 404.", cut.Find("[data-testid='destination-error']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Render_TabInTheAddress_OpensThatTab()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("destinations/5?tab=segments");

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='connections-empty']")), Patience);
    }

    [Fact]
    public void Render_PausedByTheCircuitBreaker_BannerSaysWhyAndResumeSendsAgain()
    {
        _destinations.Add(Paused());

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.StartsWith("Paused after 5 failed runs: The endpoint answered 503 Service Unavailable.",
            Flat(cut.Find("[data-testid='destination-paused-text']").TextContent), StringComparison.Ordinal), Patience);
        Assert.Equal("Paused", cut.Find("[data-testid='destination-header'] [data-testid='destination-status']").TextContent.Trim());

        cut.Find("[data-testid='destination-resume']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='destination-paused']")), Patience);
        Assert.Equal("Enabled", cut.Find("[data-testid='destination-header'] [data-testid='destination-status']").TextContent.Trim());
        Assert.Contains("Resume 5", _destinations.Calls);
    }

    [Fact]
    public void Resume_Refused_KeepsTheBannerAndSaysWhy()
    {
        _destinations.Add(Paused());
        _destinations.Refusals["Resume"] = new ApiException(403, "Only admins and marketers resume destinations.");
        var cut = RenderDestination();

        cut.WaitForElement("[data-testid='destination-resume']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("Only admins and marketers resume destinations.",
            cut.Find("[data-testid='destination-action-error']").TextContent.Trim()), Patience);
        Assert.NotNull(cut.Find("[data-testid='destination-paused']"));
    }

    [Fact]
    public void SyncAll_Started_FollowsTheJobThenShowsTheNewRun()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _jobs.PollsUntilDone = 3;
        var cut = RenderDestination();
        OpenTab(cut, "Runs");
        cut.WaitForElement("[data-testid='runs-empty']", Patience);

        cut.Find("[data-testid='sync-all']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Sync finished.", cut.Find("[data-testid='sync-all-done']").TextContent.Trim()), Patience);
        Assert.Equal([(5L, (long?)null)], _destinations.Syncs);
        Assert.Equal(["sync-1", "sync-1", "sync-1"], _jobs.Polled);
        Assert.Empty(_jobs.Started);
    }

    [Fact]
    public void SyncAll_JobRunning_ShowsItsProgressAndThenTheRun()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _jobs.PollsUntilDone = 1_000;
        var cut = RenderDestination();
        OpenTab(cut, "Runs");
        cut.WaitForElement("[data-testid='runs-empty']", Patience);

        cut.Find("[data-testid='sync-all']").Click();

        cut.WaitForAssertion(() => Assert.Equal("1,000 events resolved", cut.Find("[data-testid='sync-all-progress']").TextContent.Trim()), Patience);
        _destinations.Runs[5] = [DestinationSamples.Run(1)];
        _jobs.PollsUntilDone = 0;
        cut.WaitForAssertion(() => Assert.Equal(["Churn risk"], Texts(cut, "run-segment")), Patience);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='sync-all-progress']")), Patience);
    }

    [Fact]
    public void SyncAll_JobFails_SaysWhy()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _jobs.Failure = "The destination is disabled.";
        var cut = RenderDestination();

        cut.WaitForElement("[data-testid='sync-all']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("The sync failed: The destination is disabled.", cut.Find("[data-testid='sync-all-error']").TextContent.Trim()),
            Patience);
    }

    [Fact]
    public void SyncAll_JobCannotBeFollowed_SaysItStartedAndShowsTheRuns()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _jobs.PollError = new ApiException(403, "Forbidden");
        var cut = RenderDestination();
        OpenTab(cut, "Runs");
        cut.WaitForElement("[data-testid='runs-empty']", Patience);
        _destinations.Runs[5] = [DestinationSamples.Run(1, "Running")];

        cut.Find("[data-testid='sync-all']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Started (job sync-1), but its progress cannot be shown (Forbidden). The run history shows the run.",
            cut.Find("[data-testid='sync-all-error']").TextContent.Trim()), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["running"], Texts(cut, "run-status")), Patience);
    }

    [Fact]
    public void SyncAll_NoSegmentConnected_CannotStart()
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook"));

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid='sync-all']").HasAttribute("disabled")), Patience);
    }
}
