using Lodestar.Domain.Crm.Deals;

namespace Lodestar.Domain.Tests.Crm.Deals;

public sealed class DealValidatorTests
{
    [Fact]
    public void Normalize_GoodInput_TrimsAndUpperCasesTheCurrency()
    {
        var fields = DealValidator.Normalize(new DealFields { Name = "  Acme renewal ", Amount = 1_250_00, Currency = "eur", OwnerId = " " });

        Assert.Equal(("Acme renewal", "EUR", 125_000L, (string?)null), (fields.Name, fields.Currency, fields.Amount, fields.OwnerId));
    }

    [Fact]
    public void Normalize_EverythingWrong_NamesEachField()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            DealValidator.Normalize(new DealFields { Name = " ", Amount = -1, Currency = "euro", Probability = 101, CloseReason = new string('x', 501) }));

        Assert.Equal(["amount", "closeReason", "currency", "name", "probability"], error.Errors.Keys.Order());
        Assert.Contains("three letters", error.Errors["currency"][0]);
    }

    [Fact]
    public void Normalize_NoCurrency_AsksForOne()
    {
        var error = Assert.Throws<DomainValidationException>(() => DealValidator.Normalize(new DealFields { Name = "Deal" }));

        Assert.Equal("Enter a currency: a three-letter ISO code such as USD or EUR.", Assert.Single(error.Errors["currency"]));
    }

    [Theory]
    [InlineData(StageOutcome.Lost, null, true)]
    [InlineData(StageOutcome.Lost, "Price", false)]
    [InlineData(StageOutcome.Won, null, false)]
    [InlineData(StageOutcome.Open, null, false)]
    public void CheckClose_LostWithoutReason_IsTheOnlyError(StageOutcome outcome, string? reason, bool fails)
    {
        var errors = new Dictionary<string, string[]>();

        DealValidator.CheckClose(errors, outcome, reason, "Closed lost");

        Assert.Equal(fails, errors.ContainsKey("closeReason"));
    }
}
