using Bunit;
using Lodestar.Portal.Client.Features.Shell;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Shell;

public sealed class NotBuiltYetTests : BunitContext
{
    public NotBuiltYetTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void Render_NotBuiltYet_ShowsTitlePurposeAndLinksToEvents()
    {
        var cut = Render<NotBuiltYet>(p => p
            .Add(x => x.Title, "Reports")
            .Add(x => x.Purpose, "Scheduled reports by email."));

        Assert.Equal("Reports is not built yet", cut.Find("h5").TextContent.Trim());
        Assert.Contains("Scheduled reports by email.", cut.Find("p").TextContent, StringComparison.Ordinal);
        Assert.Equal("/events", Assert.Single(cut.FindAll("a")).GetAttribute("href"));
    }
}
