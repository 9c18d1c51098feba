using Bunit;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Privacy;

public sealed class PiiRulesEditorTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FakePiiRulesApi _rules = new();

    public PiiRulesEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IPiiRulesApi>(_rules);
        Services.AddSignedIn("admin@example.com", "Admin");
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    private IRenderedComponent<IComponent> RenderEditor() => Render(PageTree.WithProviders<PiiRulesEditor>());

    [Fact]
    public void Render_NoRules_SaysMessagesAreStoredAsTheyArrive()
    {
        var cut = RenderEditor();

        cut.WaitForAssertion(() => Assert.Contains("No rules", cut.Find("[data-testid='pii-empty']").TextContent), Patience);
        Assert.True(cut.Find("[data-testid='pii-save']").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_RulesCannotBeRead_SaysWhyInsteadOfLoading()
    {
        _rules.LoadError = new ApiException(503, "The database is busy; try again in a moment.");

        var cut = RenderEditor();

        cut.WaitForAssertion(() => Assert.Equal("The database is busy; try again in a moment.", cut.Find("[data-testid='pii-error']").TextContent.Trim()), Patience);
        Assert.Empty(cut.FindAll(".mud-progress-linear"));
    }

    [Fact]
    public void AddThenSave_PathTyped_SavedAsDropAndSaveDisabledAgain()
    {
        _rules.Rules.Add(new PiiRuleDto("traits.email", "hash"));
        var cut = RenderEditor();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='pii-rule']")), Patience);

        cut.Find("[data-testid='pii-add']").Click();
        cut.FindAll("input[data-testid='pii-path']")[1].Input("properties.ssn");
        cut.Find("[data-testid='pii-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal([new PiiRuleDto("traits.email", "hash"), new PiiRuleDto("properties.ssn", "drop")], _rules.Rules), Patience);
        Assert.True(cut.Find("[data-testid='pii-save']").HasAttribute("disabled"));
    }

    [Fact]
    public void Save_Refused_MessageUnderTheRowsField()
    {
        _rules.SaveError = new ApiException(400, "bad", new Dictionary<string, string[]>
        {
            ["rules[0].path"] = ["'ssn' must start with properties., traits. or context."],
        });
        var cut = RenderEditor();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='pii-add']")), Patience);

        cut.Find("[data-testid='pii-add']").Click();
        cut.Find("input[data-testid='pii-path']").Input("ssn");
        cut.Find("[data-testid='pii-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("'ssn' must start with properties., traits. or context.", PageTree.ErrorUnder(cut, "pii-path")), Patience);
        Assert.Equal("Correct the marked rules and save again.", cut.Find("[data-testid='pii-error']").TextContent.Trim());
    }

    [Fact]
    public void Remove_Rule_SavedWithoutIt()
    {
        _rules.Rules.AddRange([new PiiRuleDto("traits.email", "hash"), new PiiRuleDto("properties.ssn", "drop")]);
        var cut = RenderEditor();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='pii-rule']").Count), Patience);

        cut.FindAll("[data-testid='pii-remove']")[0].Click();
        cut.Find("[data-testid='pii-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal([new PiiRuleDto("properties.ssn", "drop")], _rules.Rules), Patience);
    }
}
