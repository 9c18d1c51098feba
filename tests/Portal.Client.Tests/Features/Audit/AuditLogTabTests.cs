using Bunit;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Audit;

public sealed class AuditLogTabTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FakeAuditApi _audit = new();

    public AuditLogTabTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IAuditApi>(_audit);
        Services.AddSignedIn("admin@example.com", "Admin");
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    private IRenderedComponent<IComponent> RenderTab() => Render(PageTree.WithProviders<AuditLogTab>());

    private static string[] Texts(IRenderedComponent<IComponent> cut, string selector) =>
        [.. cut.FindAll(selector).Select(e => e.TextContent.Trim())];

    private void AddThree()
    {
        _audit.Entries.Add(FakeAuditApi.Entry(1, "auth.sign-in"));
        _audit.Entries.Add(FakeAuditApi.Entry(2, "segment.created", target: "Trial users", detail: "dynamic"));
        _audit.Entries.Add(FakeAuditApi.Entry(3, "segment.members-exported", "Nightly export", "Trial users", "CSV, 12 members") with
        {
            ActorType = "api-key", ActorId = "api-key:3", UserAgent = null,
        });
    }

    [Fact]
    public void Render_Entries_NewestFirstWithWhoWhatAndWhere()
    {
        AddThree();

        var cut = RenderTab();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='audit-action-chip']").Count), Patience);
        Assert.Equal(["segment.members-exported", "segment.created", "auth.sign-in"], Texts(cut, "[data-testid='audit-action-chip']"));
        Assert.Equal(["Nightly exportAPI key", "mia@example.com", "mia@example.com"], Texts(cut, "[data-testid='audit-who']"));
        Assert.Contains("CSV, 12 members", cut.Markup);
        Assert.Contains("198.51.100.4", cut.Markup);
        Assert.Equal("3 entries", cut.Find("[data-testid='audit-total']").TextContent.Trim());
        Assert.Equal(new AuditFilter(Take: 50), Assert.Single(_audit.Calls));
    }

    [Fact]
    public void Render_NothingRecorded_EmptyState()
    {
        var cut = RenderTab();

        cut.WaitForAssertion(() => Assert.Contains("No audit entries yet.", cut.Find("[data-testid='audit-empty']").TextContent), Patience);
    }

    [Fact]
    public void ActionFilter_Family_AsksForTheFamilyFromTheFirstPage()
    {
        AddThree();
        var cut = RenderTab();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='audit-action-chip']").Count), Patience);

        cut.Find("[data-testid='audit-action']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == "segment (all)"), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == "segment (all)").Click();

        cut.WaitForAssertion(() => Assert.Equal(["segment.members-exported", "segment.created"], Texts(cut, "[data-testid='audit-action-chip']")), Patience);
        Assert.Equal(("segment.*", 0), (_audit.Calls[^1].Action, _audit.Calls[^1].Skip));
    }

    [Fact]
    public void Search_NoMatch_SaysTheFiltersFindNothing()
    {
        AddThree();
        var cut = RenderTab();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid='audit-action-chip']").Count), Patience);

        cut.Find("input[data-testid='audit-search']").Input("  nobody  ");

        cut.WaitForAssertion(() => Assert.Contains("No entries match these filters.", cut.Find("[data-testid='audit-empty']").TextContent), Patience);
        Assert.Equal("nobody", _audit.Calls[^1].Q);
    }

    [Fact]
    public void Pager_NextPage_AsksForTheNextEntries()
    {
        for (var minute = 0; minute < 60; minute++)
            _audit.Entries.Add(FakeAuditApi.Entry(minute, "auth.sign-in"));
        var cut = RenderTab();
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid='audit-action-chip']").Count), Patience);

        cut.Find(".mud-table-pagination-actions button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("[data-testid='audit-action-chip']").Count), Patience);
        Assert.Equal((50, 50), (_audit.Calls[^1].Skip, _audit.Calls[^1].Take));
        Assert.Equal("60 entries", cut.Find("[data-testid='audit-total']").TextContent.Trim());
    }

    [Fact]
    public void Choices_Actions_EachFamilyWithMoreThanOneFirst()
    {
        Assert.Equal(["auth.sign-in", "segment.*", "segment.created", "segment.deleted", "user.*", "user.created", "user.role-changed"],
            AuditLogTab.Choices(["auth.sign-in", "segment.created", "segment.deleted", "user.created", "user.role-changed"]));
    }
}
