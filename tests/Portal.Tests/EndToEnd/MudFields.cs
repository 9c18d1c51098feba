using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

/// <summary>MudBlazor fields driven in the browser: their inputs, and the drop-down lists of selects and autocompletes.</summary>
internal static class MudFields
{
    private static readonly LocatorAssertionsToHaveCountOptions Patience = new() { Timeout = 10_000 };

    /// <summary>The input of a MudBlazor field, whether its test id landed on the input or on a wrapper.</summary>
    public static ILocator Input(IPage page, ILocator field) => field.Locator("input").Or(field.And(page.Locator("input"))).First;

    /// <summary>Opens a MudSelect and picks the item containing <paramref name="item"/> (all of it when <paramref name="exact"/>).</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string item, bool exact = false)
    {
        await select.ClickAsync();
        await PickAsync(page, item, exact);
    }

    /// <summary>Types into an autocomplete and picks the suggestion containing <paramref name="text"/> (all of it when <paramref name="exact"/>).</summary>
    public static async Task TypeAndPickAsync(IPage page, ILocator input, string text, bool exact = false)
    {
        await input.FillAsync(text);
        await PickAsync(page, text, exact);
    }

    /// <summary>
    /// Clicks the item in the open list and waits until the list has closed. The field answers a pick from the server,
    /// and its answer moves the focus back to its own input: acting on the next field before the list closes lets that
    /// focus arrive in the middle of the next typing, which then lands in this field.
    /// </summary>
    public static async Task PickAsync(IPage page, string item, bool exact = false)
    {
        var open = page.Locator(".mud-popover-open .mud-list-item");
        var matching = exact
            ? open.Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(item)}\\s*$") })
            : open.Filter(new() { HasTextString = item });
        await matching.First.ClickAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(open).ToHaveCountAsync(0, Patience);
    }
}
