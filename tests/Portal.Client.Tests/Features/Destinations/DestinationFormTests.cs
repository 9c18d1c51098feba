using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

/// <summary>The configuration form on a destination's Settings tab (the tab it opens on).</summary>
public sealed class DestinationFormTests : DestinationsTestBase
{
    private const string SecretHelp = "Signs each body with HMAC-SHA256.";

    private IRenderedComponent<IComponent> RenderSettings(DestinationDto? destination = null)
    {
        _destinations.Add(destination ?? DestinationSamples.Destination(5, "CRM webhook", consent: "marketing"));
        var cut = RenderDestination();
        cut.WaitForElement("input[data-testid='setting-signingSecret']", Patience);
        return cut;
    }

    private DestinationInput SaveAndGetInput(IRenderedComponent<IComponent> cut)
    {
        cut.Find("[data-testid='destination-save']").Click();
        cut.WaitForAssertion(() => Assert.Single(_destinations.Updated), Patience);
        return _destinations.Updated[0].Input;
    }

    [Fact]
    public void Render_Existing_ShowsItsValuesAndNeverASecret()
    {
        var cut = RenderSettings();

        Assert.Equal("CRM webhook", cut.Find("input[data-testid='destination-name']").GetAttribute("value"));
        Assert.Equal("https://hooks.example.com/in", cut.Find("input[data-testid='setting-url']").GetAttribute("value"));
        Assert.Equal("", cut.Find("input[data-testid='setting-signingSecret']").GetAttribute("value") ?? "");
        Assert.Equal("marketing", SelectText(cut, "destination-consent"));
        Assert.Equal("500", cut.Find("input[data-testid='destination-batch-size']").GetAttribute("value"));
        Assert.Equal("5", cut.Find("input[data-testid='destination-rate']").GetAttribute("value"));
    }

    [Fact]
    public void Secret_StoredAndLeftEmpty_SaysSetAndIsKept()
    {
        var cut = RenderSettings();

        Assert.Equal($"Set — leave empty to keep. {SecretHelp}", HelperUnder(cut, "setting-signingSecret"));
        // A stored secret is not asked for again.
        Assert.DoesNotContain("mud-input-required", cut.Find("input[data-testid='setting-signingSecret']").Closest(".mud-input-control")!.ClassList);
        var input = SaveAndGetInput(cut);

        Assert.Empty(input.Secrets!);
        Assert.Equal(new Dictionary<string, string> { ["url"] = "https://hooks.example.com/in" }, input.Settings);
        Assert.Equal(("CRM webhook", "audience-webhook", true, "marketing"), (input.Name, input.Type, input.Enabled, input.RequiredConsentCategory));
    }

    [Fact]
    public void Secret_Typed_ReplacesTheStoredOne()
    {
        var cut = RenderSettings();

        cut.Find("input[data-testid='setting-signingSecret']").Input("a-new-secret-of-20-ch");

        cut.WaitForAssertion(() => Assert.Equal($"Replaced when you save. {SecretHelp}", HelperUnder(cut, "setting-signingSecret")), Patience);
        Assert.Equal(new Dictionary<string, string> { ["signingSecret"] = "a-new-secret-of-20-ch" }, SaveAndGetInput(cut).Secrets);
        // Saved: the form forgets the value and shows the secret as set.
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("input[data-testid='setting-signingSecret']").GetAttribute("value") ?? ""), Patience);
        Assert.Equal($"Set — leave empty to keep. {SecretHelp}", HelperUnder(cut, "setting-signingSecret"));
    }

    [Fact]
    public void Secret_Cleared_SentEmptySoTheServerRemovesIt()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid='secret-clear-signingSecret']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Cleared when you save (Keep to undo).", HelperUnder(cut, "setting-signingSecret")), Patience);
        Assert.Equal(new Dictionary<string, string> { ["signingSecret"] = "" }, SaveAndGetInput(cut).Secrets);
        // Nothing stored any more: nothing to clear or keep, and it is asked for again.
        cut.WaitForAssertion(() => Assert.Equal(SecretHelp, HelperUnder(cut, "setting-signingSecret")), Patience);
        Assert.Empty(cut.FindAll("[data-testid='secret-clear-signingSecret']"));
        Assert.Empty(cut.FindAll("[data-testid='secret-keep-signingSecret']"));
        Assert.Contains("mud-input-required", cut.Find("input[data-testid='setting-signingSecret']").Closest(".mud-input-control")!.ClassList);
    }

    [Fact]
    public void Secret_ClearedThenKept_NotSent()
    {
        var cut = RenderSettings();
        cut.Find("[data-testid='secret-clear-signingSecret']").Click();

        cut.WaitForElement("[data-testid='secret-keep-signingSecret']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal($"Set — leave empty to keep. {SecretHelp}", HelperUnder(cut, "setting-signingSecret")), Patience);
        Assert.Empty(SaveAndGetInput(cut).Secrets!);
    }

    [Fact]
    public void Save_Refused_ShowsTheServersMessagesUnderTheFields()
    {
        _destinations.Refusals["Update"] = new ApiException(400, "The destination has invalid settings.", new Dictionary<string, string[]>
        {
            ["settings.url"] = ["Enter the endpoint URL the webhook posts to."],
            ["requestsPerSecond"] = ["Requests per second must be above 0 and at most 10,000 (leave it empty for no limit)."],
            ["requiredConsentCategory"] = ["'sms' is not a consent category: choose one of analytics, marketing, advertising, or none."],
        });
        var cut = RenderSettings();
        cut.Find("input[data-testid='setting-url']").Input("");

        cut.Find("[data-testid='destination-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter the endpoint URL the webhook posts to.", ErrorUnder(cut, "setting-url")), Patience);
        Assert.Equal("Requests per second must be above 0 and at most 10,000 (leave it empty for no limit).", ErrorUnder(cut, "destination-rate"));
        Assert.Contains("'sms' is not a consent category", cut.Find("[data-testid='destination-consent']").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal);
        // Every message sits under its field: no summary repeats them.
        Assert.Empty(cut.FindAll("[data-testid='destination-form-error']"));
    }

    [Fact]
    public void Save_RefusedWithoutFields_ShowsTheMessage()
    {
        _destinations.Refusals["Update"] = new ApiException(409, "The destination was changed by sam@example.com meanwhile: reload it.");
        var cut = RenderSettings();

        cut.Find("[data-testid='destination-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("The destination was changed by sam@example.com meanwhile: reload it.",
            cut.Find("[data-testid='destination-form-error']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void TestConnection_Works_ShowsTheAnswerInGreen()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid='destination-test']").Click();

        cut.WaitForAssertion(() => Assert.Equal("The endpoint answered 200 OK in 35 ms.", cut.Find("[data-testid='connection-test']").TextContent.Trim()), Patience);
        Assert.Contains("mud-alert-text-success", cut.Find("[data-testid='connection-test']").ClassName, StringComparison.Ordinal);
        Assert.Equal(["Test 5"], _destinations.Calls.Where(c => c.StartsWith("Test", StringComparison.Ordinal)));
    }

    [Fact]
    public void TestConnection_Fails_ShowsTheAnswerInRed()
    {
        _destinations.TestAnswer = new ConnectionTestDto(false, "The endpoint answered 401 Unauthorized: check the signing secret.");
        var cut = RenderSettings();

        cut.Find("[data-testid='destination-test']").Click();

        cut.WaitForAssertion(() => Assert.Equal("The endpoint answered 401 Unauthorized: check the signing secret.",
            cut.Find("[data-testid='connection-test']").TextContent.Trim()), Patience);
        Assert.Contains("mud-alert-text-error", cut.Find("[data-testid='connection-test']").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_Confirmed_DeletesAndGoesBackToTheList()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid='destination-delete']").Click();
        cut.WaitForAssertion(() => Assert.Contains("Delete CRM webhook?", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain("Delete 5", _destinations.Calls);
        ClickDialogButton(cut, "Delete");

        cut.WaitForAssertion(() => Assert.Equal("/destinations", CurrentPath), Patience);
        Assert.Contains("Delete 5", _destinations.Calls);
    }

    [Fact]
    public void Delete_Cancelled_KeepsIt()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid='destination-delete']").Click();
        ClickDialogButton(cut, "Cancel");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.DoesNotContain("Delete 5", _destinations.Calls);
        Assert.Equal("/", CurrentPath);
    }
}
