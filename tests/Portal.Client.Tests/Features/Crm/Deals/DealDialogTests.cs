using Bunit;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Deals;

public sealed class DealDialogTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> OpenNewDeal()
    {
        var cut = RenderWithPopovers<DealsPage>();
        cut.WaitForElement("[data-testid='deal-new']", Patience).Click();
        cut.WaitForElement("input[data-testid='deal-name-input']", Patience);
        return cut;
    }

    [Fact]
    public void Save_AmountWithCents_SendsMinorUnitsIntoThePipelinesFirstStage()
    {
        var cut = OpenNewDeal();

        cut.Find("input[data-testid='deal-name-input']").Change("Acme renewal");
        cut.Find("input[data-testid='deal-amount']").Change("1234.5");
        cut.Find("input[data-testid='deal-currency']").Change("eur");
        cut.Find("[data-testid='deal-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_deals.Created), Patience);
        var input = _deals.Created[0];
        Assert.Equal(("Acme renewal", 123_450L, "EUR", 1L, 1L), (input.Name, input.Amount, input.Currency, input.PipelineId, input.StageId));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
    }

    [Fact]
    public void Save_MoreDecimalsThanTheCurrency_SaysSoAndSavesNothing()
    {
        var cut = OpenNewDeal();

        cut.Find("input[data-testid='deal-name-input']").Change("Tokyo");
        cut.Find("input[data-testid='deal-currency']").Change("JPY");
        cut.Find("input[data-testid='deal-amount']").Change("10.5");
        cut.Find("[data-testid='deal-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("JPY has 0 decimals.", ErrorUnder(cut, "deal-amount")), Patience);
        Assert.Empty(_deals.Created);
    }

    [Fact]
    public void Save_ServerRefusesTheCurrency_ShowsItUnderTheField()
    {
        _deals.SaveError = new ApiException(400, "One or more fields are invalid.",
            new Dictionary<string, string[]> { ["currency"] = ["'EURO' is not a currency code: use three letters such as USD, EUR or GBP."] });
        var cut = OpenNewDeal();

        cut.Find("input[data-testid='deal-name-input']").Change("Acme");
        cut.Find("[data-testid='deal-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("not a currency code", ErrorUnder(cut, "deal-currency")), Patience);
        Assert.NotEmpty(cut.FindAll(".mud-dialog"));
    }
}
