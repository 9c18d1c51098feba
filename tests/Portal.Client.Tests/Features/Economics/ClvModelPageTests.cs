using Bunit;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Model;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.Features.Segments;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

/// <summary>The CLV model page over <see cref="FakeClvApi"/>, signed in as a marketer (who reads economics).</summary>
public sealed class ClvModelPageTests : SegmentsTestBase
{
    private readonly FakeClvApi _clv;

    public ClvModelPageTests()
        : this(new FakeClvApi())
    {
    }

    private ClvModelPageTests(FakeClvApi clv)
        : base(services => services.AddSingleton<IClvApi>(clv)) => _clv = clv;

    private IRenderedComponent<IComponent> RenderPage()
    {
        var cut = RenderWithPopovers<ClvModelPage>();
        cut.WaitForElement("[data-testid='clv-fit']", Patience);
        return cut;
    }

    [Fact]
    public void Open_StoredModel_ParametersLikelihoodsAndWhatItWasFittedOn()
    {
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='clv-stored-summary']", Patience);
        var card = cut.Find("[data-testid='clv-stored-model']");
        Assert.Equal(["0.2426", "4.4137", "0.79299", "2.4262", "-9,582.43"], Texts(card, "[data-testid='clv-bgnbd'] [data-testid='clv-parameter-value']"));
        Assert.Equal(["6.25", "3.74", "15.44", "-4,055.92"], Texts(card, "[data-testid='clv-gamma-gamma'] [data-testid='clv-parameter-value']"));
        Assert.Equal("Computed 2026-05-04 02:00 UTC on the purchases of 2,357 customers up to 2026-05-04, times in weeks; each customer's predicted CLV "
                     + "covers the next 12 months, discounted at 1% a month.", Flat(cut.Find("[data-testid='clv-stored-summary']").TextContent));
        Assert.Contains("on 946 customers who bought again", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("in weeks", card.QuerySelector("[data-testid='clv-bgnbd']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='clv-stored-not-converged']"));
        Assert.Equal("/economics/model", cut.Find("[data-testid='economics-nav'] .mud-button-filled").GetAttribute("href"));
    }

    [Fact]
    public void Open_NoRunYet_SaysHowToGetAModel()
    {
        _clv.Model = new ClvModelDto(null, "USD");

        var cut = RenderPage();

        var empty = Flat(cut.WaitForElement("[data-testid='clv-stored-empty']", Patience).TextContent);
        Assert.Contains("The economics job has not run yet", empty, StringComparison.Ordinal);
        Assert.Contains("Jobs page", empty, StringComparison.Ordinal);
        Assert.Contains("nightly run at 02:00 UTC", empty, StringComparison.Ordinal);
        Assert.Equal("/jobs", cut.Find("[data-testid='clv-stored-empty'] a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid='clv-parameters']"));
    }

    [Fact]
    public void Open_RunCouldNotFit_SaysWhy()
    {
        _clv.Model = new ClvModelDto(StoppedClock.Now, "USD", Problem: "No customer bought again for a positive amount.");

        var cut = RenderPage();

        Assert.Contains("could not fit the models: No customer bought again", Flat(cut.WaitForElement("[data-testid='clv-stored-problem']", Patience).TextContent),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StoredModelUnreadable_SaysSoAndTheCheckStillWorks()
    {
        _clv.ModelError = new HttpRequestException("Connection refused");

        var cut = RenderPage();

        Assert.Equal("The stored model could not be read: Connection refused", cut.WaitForElement("[data-testid='clv-stored-error']", Patience).TextContent.Trim());
        Assert.False(cut.Find("[data-testid='clv-fit']").HasAttribute("disabled"));
    }

    [Fact]
    public void Fit_Defaults_Last26WeeksAsHoldoutInWeeks()
    {
        var cut = RenderPage();

        cut.Find("[data-testid='clv-fit']").Click();

        cut.WaitForAssertion(() => Assert.Single(_clv.Requests), Patience);
        Assert.Equal(new ClvFitRequestDto("2025-11-03", "week", "2026-05-04"), _clv.Requests[0]);
    }

    [Fact]
    public void Fit_Result_ParametersTotalsChartAndTable()
    {
        var cut = RenderPage();

        cut.Find("[data-testid='clv-fit']").Click();

        cut.WaitForElement("[data-testid='clv-holdout-table']", Patience);
        Assert.Equal(["0", "1", "7+"], [.. cut.FindAll("[data-testid='clv-holdout-row'] td:first-child").Select(td => td.TextContent)]);
        Assert.Equal(["1", "439", "0.697", "0.523", "−0.174"], [.. cut.FindAll("[data-testid='clv-holdout-row']")[1].QuerySelectorAll("td").Select(td => td.TextContent)]);
        Assert.Equal(["All", "2,357", "0.798", "0.701", "−0.097"], [.. cut.Find("[data-testid='clv-holdout-total']").QuerySelectorAll("td").Select(td => td.TextContent)]);
        Assert.Equal(["1,882", "1,653.4", "−12.2 %", "0.786"], Texts(cut.Find("[data-testid='clv-holdout-totals']"), "[data-testid='kpi-value']"));
        Assert.Contains("Holdout 1997-10-01 to 1998-06-30 (39 weeks)", Flat(cut.Find("[data-testid='clv-fit-result']").TextContent), StringComparison.Ordinal);
        Assert.Equal("0.2426", cut.Find("[data-testid='clv-fit-result'] [data-testid='clv-parameter-value']").TextContent);

        var chart = cut.FindComponent<PlotlyChart>().Instance;
        Assert.Equal("Predicted vs actual purchases in the holdout (1997-10-01 to 1998-06-30)", chart.Layout.Title.Text);
        Assert.Equal("Repeat purchases in the calibration period", chart.Layout.XAxis[0].Title.Text);
        Assert.Equal("Mean purchases per customer in the holdout", chart.Layout.YAxis[0].Title.Text);
        var bars = chart.Data.Cast<Bar>().ToList();
        Assert.Equal(["Actual", "Predicted (BG/NBD)"], bars.Select(b => b.Name));
        Assert.Equal(["0", "1", "7+"], bars[0].X);
        Assert.Equal([0.225, 0.523, 6.157], bars[1].Y);
        Assert.Equal(["1,411 customers", "439 customers", "18 customers"], bars[1].HoverTextArray);
        Assert.Contains("%{y:.3f}", bars[0].HoverTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_WhileWaiting_ShowsProgressAndDisablesTheButton()
    {
        _clv.Hold();
        var cut = RenderPage();

        cut.Find("[data-testid='clv-fit']").Click();

        cut.WaitForElement("[data-testid='clv-fitting']", Patience);
        Assert.True(cut.Find("[data-testid='clv-fit']").HasAttribute("disabled"));
        _clv.Release();
        cut.WaitForElement("[data-testid='clv-holdout-table']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='clv-fitting']"));
    }

    [Fact]
    public void Fit_Refused_ShowsTheMessageAtTheField()
    {
        _clv.Error = new ApiException(400, "Check the holdout.", new Dictionary<string, string[]>
        {
            ["holdoutEnd"] = ["The holdout period starts the day after the calibration end (2025-11-03): choose a holdout end after it."],
        });
        var cut = RenderPage();

        cut.Find("[data-testid='clv-fit']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["The holdout period starts the day after the calibration end (2025-11-03): choose a holdout end after it."],
            Problems(cut)), Patience);
        Assert.Contains("highlighted", cut.Find("[data-testid='clv-fit-error']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='clv-fit-result']"));
    }

    [Fact]
    public void Fit_NoPurchaseAfterTheCalibrationEnd_SaysThereIsNothingToCheck()
    {
        _clv.Fit = FakeClvApi.FitSample() with { Holdout = null };
        var cut = RenderPage();

        cut.Find("[data-testid='clv-fit']").Click();

        Assert.Contains("No purchases after 1997-09-30", cut.WaitForElement("[data-testid='clv-no-holdout']", Patience).TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='clv-holdout-chart']"));
    }

    private static string[] Texts(AngleSharp.Dom.IElement scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];
}
