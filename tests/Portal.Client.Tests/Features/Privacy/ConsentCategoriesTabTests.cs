using Bunit;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Privacy;

public sealed class ConsentCategoriesTabTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FakeConsentApi _consent = new();

    public ConsentCategoriesTabTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IConsentApi>(_consent);
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    [Fact]
    public void Save_AddedCategory_LowerCasedAndSaved()
    {
        var cut = Render<ConsentCategoriesTab>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='consent-category-chip']").Count), Patience);

        cut.Find("input[data-testid='consent-new-category']").Input(" Functional ");
        cut.Find("[data-testid='consent-add']").Click();
        cut.Find("[data-testid='consent-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["analytics", "marketing", "advertising", "functional"], _consent.Categories), Patience);
        Assert.True(cut.Find("[data-testid='consent-save']").HasAttribute("disabled"));
    }

    [Fact]
    public void Save_Refused_ShowsTheFieldMessage()
    {
        var cut = Render<ConsentCategoriesTab>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='consent-category-chip']").Count), Patience);
        _consent.SaveError = new ApiException(400, "bad", new Dictionary<string, string[]> { ["categories[3]"] = ["'a b' is not a category key."] });

        cut.Find("input[data-testid='consent-new-category']").Input("a b");
        cut.Find("[data-testid='consent-add']").Click();
        cut.Find("[data-testid='consent-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("'a b' is not a category key.", cut.Find("[data-testid='consent-categories-error']").TextContent.Trim()), Patience);
    }
}
