using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Views;

public sealed class SavedViewsMenuTests() : CrmTestBase(PortalRoles.Executive)
{
    private IRenderedComponent<IComponent> RenderContacts()
    {
        _contacts.Contacts.Add(FakeContactsApi.Contact(1, "Ann", "Lee", "ann@example.com", updatedDay: 3));
        _contacts.Contacts.Add(FakeContactsApi.Contact(2, "Bob", "Stone", "bob@example.com", updatedDay: 9));
        var cut = RenderWithPopovers<ContactsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='contact-name']").Count), Patience);
        return cut;
    }

    private static void OpenMenu(IRenderedComponent<IComponent> cut)
    {
        Click(cut, "[data-testid='saved-views'] button");
        cut.WaitForElement("[data-testid='saved-view-save']", Patience);
    }

    /// <summary>Finds and clicks on the renderer's thread, so that no re-render can swap the element's handler in between.</summary>
    private static void Click(IRenderedComponent<IComponent> cut, string selector) =>
        cut.InvokeAsync(() => cut.Find(selector).Click()).GetAwaiter().GetResult();

    private static string ButtonText(IRenderedComponent<IComponent> cut) => cut.Find("[data-testid='saved-views'] button").TextContent.Trim();

    [Fact]
    public void Open_NoViews_SaysHowToSaveOne()
    {
        var cut = RenderContacts();

        OpenMenu(cut);

        Assert.Contains("Save current view", cut.Find("[data-testid='saved-views-empty']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Views", ButtonText(cut));
    }

    [Fact]
    public void Save_WithoutAName_AsksForOneAndSavesNothing()
    {
        var cut = RenderContacts();
        OpenMenu(cut);

        Click(cut, "[data-testid='saved-view-save']");
        cut.WaitForElement("[data-testid='save-view-save']", Patience);
        Click(cut, "[data-testid='save-view-save']");

        cut.WaitForAssertion(() => Assert.Equal("Name the view, e.g. My open deals.", ErrorUnder(cut, "save-view-name")), Patience);
        Assert.Empty(_views.Created);
    }

    [Fact]
    public void Save_SearchedAndSortedList_SavesItsQueryAndNamesTheButton()
    {
        var cut = RenderContacts();
        cut.Find("input[data-testid='contact-search']").Input("stone");
        cut.WaitForAssertion(() => Assert.Equal("stone", _contacts.Queries[^1].Q), Patience);
        OpenMenu(cut);

        Click(cut, "[data-testid='saved-view-save']");
        cut.WaitForElement("input[data-testid='save-view-name']", Patience).Input("Stones");
        cut.Find("input[data-testid='save-view-shared']").Change(true);
        Click(cut, "[data-testid='save-view-save']");

        cut.WaitForAssertion(() => Assert.Single(_views.Created), Patience);
        var saved = _views.Created[0];
        Assert.Equal(("contacts", "Stones", true), (saved.Kind, saved.Name, saved.Shared));
        Assert.Equal("""{"q":"stone","offset":0,"limit":25}""", saved.Query!.Value.GetRawText());
        cut.WaitForAssertion(() => Assert.Equal("Stones", ButtonText(cut)), Patience);
    }

    [Fact]
    public void Save_NameTheServerRefuses_ShowsItUnderTheName()
    {
        _views.SaveError = new ApiException(400, "The request is not valid.", new Dictionary<string, string[]>
        {
            ["name"] = ["You already have a contacts view called 'Stones': choose another name, or delete that view first."],
        });
        var cut = RenderContacts();
        OpenMenu(cut);

        Click(cut, "[data-testid='saved-view-save']");
        cut.WaitForElement("input[data-testid='save-view-name']", Patience).Input("Stones");
        Click(cut, "[data-testid='save-view-save']");

        cut.WaitForAssertion(() => Assert.StartsWith("You already have a contacts view called 'Stones'", ErrorUnder(cut, "save-view-name"), StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Apply_SavedView_ListsWithItsSearchAndSortAndShowsItsName()
    {
        _views.Views.Add(FakeSavedViewsApi.View(3, "contacts", "Lees, newest first", """{"q":"lee","sort":"-updatedAt"}"""));
        var cut = RenderContacts();
        OpenMenu(cut);

        Click(cut, "[data-testid='saved-view-apply']");

        cut.WaitForAssertion(() => Assert.Equal(("lee", "-updatedAt"), (_contacts.Queries[^1].Q, _contacts.Queries[^1].Sort)), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["Ann Lee"], cut.FindAll("[data-testid='contact-name']").Select(td => td.TextContent.Trim())), Patience);
        Assert.Equal("lee", cut.Find("input[data-testid='contact-search']").GetAttribute("value"));
        Assert.Equal("Lees, newest first", ButtonText(cut));

        cut.Find("input[data-testid='contact-search']").Input("ann");

        cut.WaitForAssertion(() => Assert.Equal("Lees, newest first (changed)", ButtonText(cut)), Patience);
    }

    [Fact]
    public void Delete_OwnView_AsksFirstThenRemovesIt()
    {
        _views.Views.Add(FakeSavedViewsApi.View(3, "contacts", "Mine", "{}"));
        _views.Views.Add(FakeSavedViewsApi.View(4, "contacts", "Team view", "{}", mine: false));
        var cut = RenderContacts();
        OpenMenu(cut);
        Assert.Single(cut.FindAll("[data-testid='saved-view-delete']"));
        Assert.Contains("Shared by Sam Admin", cut.FindAll("[data-testid='saved-view']")[1].TextContent, StringComparison.Ordinal);

        Click(cut, "[data-testid='saved-view-delete']");
        ClickDialogButton(cut, "Cancel");
        Click(cut, "[data-testid='saved-view-delete']");
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal([3L], _views.Deleted), Patience);
        cut.WaitForAssertion(() => Assert.Equal(["Team view"], cut.FindAll("[data-testid='saved-view-name']").Select(n => n.TextContent.Trim())), Patience);
    }
}
