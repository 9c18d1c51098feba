using Bunit;
using Lodestar.Portal.Client.Features.Placeholders;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Placeholders;

public sealed class PlaceholderPagesTests : BunitContext
{
    public PlaceholderPagesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public static TheoryData<Type, string> Pages => new()
    {
        { typeof(DestinationsPage), "Destinations" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Render_EachPlaceholderPage_NamesItsSectionAndLinksToEvents(Type page, string title)
    {
        var cut = Render(builder =>
        {
            builder.OpenComponent(0, page);
            builder.CloseComponent();
        });

        Assert.Equal($"{title} is not built yet", cut.Find("h5").TextContent.Trim());
        Assert.Equal(title, cut.Find("h4").TextContent.Trim());
        Assert.Equal("/events", Assert.Single(cut.FindAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Render_NotBuiltYet_ShowsTitleAndPurpose()
    {
        var cut = Render<Lodestar.Portal.Client.Features.Shell.NotBuiltYet>(p => p
            .Add(x => x.Title, "Reports")
            .Add(x => x.Purpose, "Scheduled reports by email."));

        Assert.Equal("Reports is not built yet", cut.Find("h5").TextContent.Trim());
        Assert.Contains("Scheduled reports by email.", cut.Find("p").TextContent, StringComparison.Ordinal);
    }
}
