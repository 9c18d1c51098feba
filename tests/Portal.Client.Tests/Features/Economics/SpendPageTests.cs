using Bunit;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Spend;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

public sealed class SpendPageTests() : EconomicsTestBase(PortalRoles.Marketer)
{
    private IRenderedComponent<IComponent> Open()
    {
        var cut = RenderPage<EconomicsSpendPage>();
        cut.WaitForElement("[data-testid='spend-grid']", Patience);
        return cut;
    }

    private static IReadOnlyList<string> CostCells(IRenderedComponent<IComponent> cut) =>
        cut.FindAll("[data-testid='spend-cost-cell']").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public void Rows_ShownWithCostInTheirCurrencyAndTheFilteredTotal()
    {
        _economics.AddRow("2026-03-02", "Paid Search", 1250.5m, "USD", "brand");
        _economics.AddRow("2026-03-01", "Paid Social", 1500m, "JPY");

        var cut = Open();

        cut.WaitForAssertion(() => Assert.Equal(["1,250.50 USD", "1,500 JPY"], CostCells(cut)), Patience);
        Assert.Contains("brand", cut.Find("[data-testid='spend-grid']").TextContent);
        Assert.Equal("2 rows, total 1,500 JPY + 1,250.50 USD", cut.Find("[data-testid='spend-total']").TextContent.Trim());
        Assert.Contains("nightly economics job", cut.Find("[data-testid='spend-note']").TextContent);
    }

    [Fact]
    public void Filters_AskTheServerFromTheFirstPage()
    {
        for (var day = 1; day <= 30; day++)
            _economics.AddRow($"2026-04-{day:00}", day % 2 == 0 ? "Email" : "Display", 10m);
        var cut = Open();
        cut.WaitForAssertion(() => Assert.Equal(25, CostCells(cut).Count), Patience);

        cut.Find("[data-testid='spend-grid'] button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal((null, null, null, 25, 25), _economics.Listed[^1]), Patience);
        cut.Find("input[data-testid='spend-channel-filter']").Input("email");
        cut.WaitForAssertion(() => Assert.Equal((null, null, "email", 0, 25), _economics.Listed[^1]), Patience);
        cut.Find("input[data-testid='spend-from']").Change("2026-04-10");

        cut.WaitForAssertion(() => Assert.Equal(("2026-04-10", null, "email", 0, 25), _economics.Listed[^1]), Patience);
        cut.WaitForAssertion(() => Assert.Equal("11 rows, total 110.00 USD", cut.Find("[data-testid='spend-total']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Edit_Refused_ShowsTheServersMessageUnderTheField()
    {
        var row = _economics.AddRow("2026-03-02", "Paid Search", 100m);
        _economics.Refusal = new ApiException(400, "One or more fields are invalid.",
            new Dictionary<string, string[]> { ["cost"] = ["USD has 2 decimals: '1.234' has more."] });
        var cut = Open();
        cut.WaitForElement("[data-testid='spend-edit']", Patience).Click();
        cut.WaitForElement("input[data-testid='spend-channel']", Patience).Change("Paid Social");

        cut.Find("[data-testid='spend-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("USD has 2 decimals: '1.234' has more.", ErrorUnder(cut, "spend-cost")), Patience);
        var (id, sent) = Assert.Single(_economics.Updated);
        Assert.Equal((row.Id, new SpendInputDto("2026-03-02", "Paid Social", null, 100m, "USD")), (id, sent));
        Assert.Single(cut.FindAll("[data-testid='spend-form']"));
    }

    [Fact]
    public void Edit_Saved_ClosesAndShowsTheCorrectedRow()
    {
        _economics.AddRow("2026-03-02", "Paid Search", 100m);
        var cut = Open();
        cut.WaitForElement("[data-testid='spend-edit']", Patience).Click();
        cut.WaitForElement("input[data-testid='spend-cost']", Patience).Change("99.99");

        cut.Find("[data-testid='spend-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["99.99 USD"], CostCells(cut)), Patience);
        Assert.Empty(cut.FindAll("[data-testid='spend-form']"));
    }

    [Fact]
    public void Delete_AsksFirstThenDeletes()
    {
        var row = _economics.AddRow("2026-03-02", "Paid Search", 100m);
        var cut = Open();

        cut.WaitForElement("[data-testid='spend-delete']", Patience).Click();
        ClickDialogButton(cut, "Cancel");
        Assert.Empty(_economics.Deleted);
        cut.Find("[data-testid='spend-delete']").Click();
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([row.Id], _economics.Deleted), Patience);
        cut.WaitForElement("[data-testid='spend-empty']", Patience);
    }

    [Fact]
    public void AddSpend_TwoRows_SentAsOneBatchInTheWorkspaceCurrency()
    {
        _economics.Settings = _economics.Settings with { Currency = "EUR" };
        var cut = Open();
        cut.Find("[data-testid='spend-add']").Click();
        cut.WaitForElement("input[data-testid='spend-channel']", Patience).Change("Email");
        cut.Find("input[data-testid='spend-date']").Change("2026-05-01");
        cut.Find("input[data-testid='spend-cost']").Change("20");
        cut.Find("[data-testid='spend-row-add']").Click();
        cut.FindAll("input[data-testid='spend-cost']")[1].Change("30.5");

        cut.Find("[data-testid='spend-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["30.50 EUR", "20.00 EUR"], CostCells(cut)), Patience);
        var batch = Assert.Single(_economics.Added);
        Assert.Equal([new SpendInputDto("2026-05-01", "Email", null, 20m, "EUR"), new SpendInputDto("2026-05-01", "Email", null, 30.5m, "EUR")], batch.Rows!);
    }

    [Fact]
    public void Empty_SaysToImportOrAddAndNamesTheColumns()
    {
        var cut = Open();

        var empty = cut.WaitForElement("[data-testid='spend-empty']", Patience).TextContent;
        Assert.Contains("Import a CSV", empty);
        Assert.Contains("Add spend", empty);
        Assert.Contains("date, channel, campaign, cost, currency", empty);
    }

    [Fact]
    public void ImportCsv_Stored_SaysHowManyAndShowsThem()
    {
        var cut = Open();

        cut.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText(
            "date,channel,campaign,cost,currency\n2026-06-01,Display,x,10.00,USD\n2026-06-02,Display,y,700,JPY\n", "spend.csv"));

        cut.WaitForAssertion(() => Assert.Contains("spend.csv: added 2 spend rows.", cut.Find("[data-testid='spend-import-done']").TextContent), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["700 JPY", "10.00 USD"], CostCells(cut)), Patience);
        Assert.Equal("spend.csv", Assert.Single(_economics.SpendFiles).FileName);
    }

    [Fact]
    public void ImportCsv_RowsRefused_ListsEachLineAndFieldNothingAdded()
    {
        _economics.Refusal = new ApiException(400, "One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["rows[3].cost"] = ["'ten' is not a cost: write a number of 0 or more with a decimal point, e.g. 1250.50."],
            ["rows[2].date"] = ["'03/01/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01."],
        });
        var cut = Open();

        cut.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("date,channel,cost,currency\n03/01/2026,A,1,USD\n2026-03-01,A,ten,USD\n", "bad.csv"));

        var table = cut.WaitForElement("[data-testid='import-rejected-table']", Patience);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Take(2).ToList()).ToList();
        Assert.Equal([["2", "date"], ["3", "cost"]], rows);
        Assert.Contains("Nothing was imported from bad.csv", cut.Find("[data-testid='spend-import-error']").TextContent);
        Assert.Empty(_economics.Spend);
    }

    [Fact]
    public void ImportTransactions_SaysHowManyOrWhyNot()
    {
        var cut = Open();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Historical transactions")).Click();
        cut.WaitForElement("[data-testid='revenue-import']", Patience);

        var upload = cut.FindComponents<CsvImportPanel>().Single(p => p.Instance.TestId == "revenue-import").FindComponent<InputFile>();
        upload.UploadFiles(InputFileContent.CreateFromText("order_id,date,amount,email\nA-1,2025-01-01,10,a@example.com\nA-2,2025-01-02,20,b@example.com\n", "orders.csv"));
        cut.WaitForAssertion(() => Assert.Contains("imported 2 transactions", cut.Find("[data-testid='revenue-import-done']").TextContent), Patience);

        _economics.Refusal = new ApiException(400, "One or more fields are invalid.",
            new Dictionary<string, string[]> { ["file"] = ["The file has no column order_id: the header must name order_id, date, amount."] });
        upload.UploadFiles(InputFileContent.CreateFromText("date,amount\n2025-01-01,10\n", "wrong.csv"));

        cut.WaitForAssertion(() => Assert.Contains("no column order_id", cut.Find("[data-testid='revenue-import-error']").TextContent), Patience);
    }
}
