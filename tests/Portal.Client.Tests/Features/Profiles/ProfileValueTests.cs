using Bunit;
using Lodestar.Portal.Client.Features.Profiles;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

public sealed class ProfileValueTests : BunitContext
{
    public ProfileValueTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Render_Value_ShowsLtvOrdersChannelAndThePrediction()
    {
        var value = new ProfileValueDto(125_050, 3, "USD", new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc),
            "Paid Search", 30_000, 0.85, new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc));

        var cut = Render<ProfileValue>(p => p.Add(v => v.Value, value));

        Assert.Equal("LTV 1,250.50 USD over 3 orders since 2026-02-01 · Paid Search", Normalize(cut.Find("[data-testid='profile-ltv']").TextContent));
        Assert.Equal("Next 12 months (predicted): 300.00 USD · P(alive) 85 %", Normalize(cut.Find("[data-testid='profile-clv']").TextContent));
    }

    [Fact]
    public void Render_NoValue_SaysWhenThereWillBeOne()
    {
        var cut = Render<ProfileValue>(p => p.Add(v => v.Value, null));

        Assert.Contains("economics job", cut.Find("[data-testid='profile-value-none']").TextContent, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
