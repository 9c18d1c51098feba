using Bunit;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Settings;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

public sealed class EconomicsSettingsPageTests() : EconomicsTestBase(PortalRoles.Admin)
{
    private IRenderedComponent<IComponent> Open()
    {
        var cut = RenderPage<EconomicsSettingsPage>((nameof(EconomicsSettingsPage.PollInterval), TimeSpan.Zero));
        cut.WaitForElement("[data-testid='channel-rules']", Patience);
        return cut;
    }

    [Fact]
    public void Load_ShowsCurrencyRatesRulesAndDomains()
    {
        var cut = Open();

        Assert.Equal("USD", cut.Find("input[data-testid='settings-currency']").GetAttribute("value"));
        Assert.Equal("EUR", cut.Find("input[data-testid='rate-currency']").GetAttribute("value"));
        Assert.Equal("1.1", cut.Find("input[data-testid='rate-value']").GetAttribute("value"));
        Assert.Equal(["Paid Search", "Organic Search"], cut.FindAll("input[data-testid='rule-channel']").Select(i => i.GetAttribute("value")));
        Assert.Equal("google.", cut.FindAll("textarea[data-testid='rule-referrers']")[1].TextContent);
        Assert.Equal("shop.example", cut.Find("input[data-testid='settings-own-domains']").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid='settings-read-only']"));
    }

    [Fact]
    public void EditRateAddOneAndMoveARule_SavesThatDto()
    {
        var cut = Open();
        cut.Find("input[data-testid='rate-value']").Input("1.25");
        cut.Find("[data-testid='rate-add']").Click();
        cut.FindAll("input[data-testid='rate-currency']")[1].Input("gbp");
        cut.FindAll("input[data-testid='rate-value']")[1].Input("1.3");
        cut.FindAll("[data-testid='rule-down']")[0].Click();
        cut.FindAll("textarea[data-testid='rule-mediums']")[1].Input("cpc, ppc");

        cut.Find("[data-testid='settings-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_economics.Saved), Patience);
        var saved = _economics.Saved[0];
        Assert.Equal(("USD", "first-touch"), (saved.Currency, saved.Attribution));
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 1.25m, ["GBP"] = 1.3m }, saved.Rates!.ToDictionary());
        Assert.Equal(["Organic Search", "Paid Search"], saved.ChannelRules!.Select(r => r.Channel));
        Assert.Equal(["cpc", "ppc"], saved.ChannelRules![1].Mediums!);
        Assert.Null(saved.ChannelRules![0].Sources);
        Assert.Equal(["shop.example"], saved.OwnDomains!);
        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid='settings-save']").HasAttribute("disabled")), Patience);
    }

    [Fact]
    public void RemoveRate_SavesWithoutIt()
    {
        var cut = Open();

        cut.Find("[data-testid='rate-remove']").Click();
        cut.Find("[data-testid='settings-save']").Click();

        cut.WaitForAssertion(() => Assert.Empty(Assert.Single(_economics.Saved).Rates!), Patience);
    }

    [Fact]
    public void Save_Refused_ShowsEachProblemAtItsField()
    {
        _economics.Refusal = new ApiException(400, "One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["currency"] = ["'DOLLARS' is not an ISO 4217 code: write three capital letters such as USD or EUR."],
            ["rates.EUR"] = ["The rate of EUR must be above 0: how many USD one EUR is worth."],
            ["channelRules[1].channel"] = ["Name the channel (up to 100 characters)."],
        });
        var cut = Open();
        cut.Find("input[data-testid='settings-currency']").Input("DOLLARS");

        cut.Find("[data-testid='settings-save']").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("'DOLLARS' is not an ISO 4217 code", ErrorUnder(cut, "settings-currency")), Patience);
        Assert.Equal("The rate of EUR must be above 0: how many USD one EUR is worth.", ErrorUnder(cut, "rate-value"));
        var secondChannel = cut.FindAll("input[data-testid='rule-channel']")[1].Closest(".mud-input-control")!;
        Assert.Contains("Name the channel", secondChannel.TextContent);
        Assert.Contains("fix the marked fields", cut.Find("[data-testid='settings-errors']").TextContent);
    }

    [Fact]
    public void RateListedTwice_RefusedBeforeAsking()
    {
        var cut = Open();
        cut.Find("[data-testid='rate-add']").Click();
        cut.FindAll("input[data-testid='rate-currency']")[1].Input("EUR");
        cut.FindAll("input[data-testid='rate-value']")[1].Input("2");

        cut.Find("[data-testid='settings-save']").Click();

        Assert.Empty(_economics.Saved);
        Assert.Equal("EUR is listed twice: keep one rate.", ErrorUnder(cut, "rate-value"));
    }

    [Fact]
    public void RecomputeNow_RunsTheEconomicsJobAndSaysWhenDone()
    {
        var cut = Open();

        cut.Find("[data-testid='economics-run']").Click();

        cut.WaitForElement("[data-testid='economics-run-progress-done']", Patience);
        Assert.Equal(["economics"], _jobs.Started);
        Assert.Contains("next economics run", cut.Find("[data-testid='settings-next-run']").TextContent);
    }
}
