using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class NewDestinationPageTests : DestinationsTestBase
{
    private IRenderedComponent<IComponent> RenderNew(string? type = null)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(type is null ? "destinations/new" : $"destinations/new?type={type}");
        return RenderPage<NewDestinationPage>();
    }

    [Fact]
    public void Render_Types_CardsWithTitleAndDescription()
    {
        var cut = RenderNew();

        cut.WaitForAssertion(() => Assert.Equal(["Webhook (audiences)", "Mailchimp list", "Webhook (event stream)", "CSV file"], Texts(cut, "destination-type-title")), Patience);
        Assert.Equal("POSTs signed JSON batches of audience_entered and audience_exited.", Texts(cut, "destination-type-description")[0]);
        Assert.Empty(cut.FindAll("[data-testid='destination-form']"));
    }

    [Fact]
    public void ChooseType_ShowsTheFormWithThatTypesFields()
    {
        var cut = RenderNew();

        cut.WaitForElement("[data-testid='choose-mailchimp']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("New Mailchimp list", cut.Find("[data-testid='new-destination-title']").TextContent.Trim()), Patience);
        var fields = cut.FindAll("[data-testid='setting-field']");
        Assert.Equal(["API key", "Audience (list) id", "Status of new members"], fields.Select(f => Flat(f.QuerySelector("label")!.TextContent)));
        // Required ones are marked (MudBlazor draws the asterisk).
        Assert.Equal([true, true, false], fields.Select(f => f.QuerySelector(".mud-input-required") is not null));
        Assert.Equal("password", cut.Find("input[data-testid='setting-apiKey']").GetAttribute("type"));
        Assert.Equal("text", cut.Find("input[data-testid='setting-listId']").GetAttribute("type"));
        Assert.Equal("Under Audience → Settings.", HelperUnder(cut, "setting-listId"));
        // Choices are a select, starting from the type's default.
        Assert.Equal("subscribed", SelectText(cut, "setting-status"));
        // Nothing stored yet: a secret has no "set" state and nothing to clear.
        Assert.Empty(cut.FindAll("[data-testid='secret-clear-apiKey']"));

        cut.Find("[data-testid='change-type']").Click();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid='destination-type-card']").Count), Patience);
    }

    [Fact]
    public void Add_Filled_SendsSettingsSecretsAndLimitsThenOpensItsSegments()
    {
        var cut = RenderNew("audience-webhook");
        cut.WaitForElement("input[data-testid='destination-name']", Patience).Input("CRM webhook");
        cut.Find("input[data-testid='setting-url']").Input("https://hooks.example.com/in");
        cut.Find("input[data-testid='setting-signingSecret']").Input("0123456789abcdef0123");
        Pick(cut, "destination-consent", "marketing");
        cut.Find("input[data-testid='destination-batch-size']").Input("1000");
        cut.Find("input[data-testid='destination-rate']").Input("2.5");

        cut.Find("[data-testid='destination-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_destinations.Created), Patience);
        var input = _destinations.Created[0];
        Assert.Equal(("CRM webhook", "audience-webhook", true), (input.Name, input.Type, input.Enabled));
        Assert.Equal(new Dictionary<string, string> { ["url"] = "https://hooks.example.com/in" }, input.Settings);
        Assert.Equal(new Dictionary<string, string> { ["signingSecret"] = "0123456789abcdef0123" }, input.Secrets);
        Assert.Equal(("marketing", 1000, 2.5), (input.RequiredConsentCategory, input.BatchSize, input.RequestsPerSecond));
        cut.WaitForAssertion(() => Assert.Equal("/destinations/100?tab=segments", CurrentPath), Patience);
    }

    [Fact]
    public void Add_EventStream_OpensItsRunsRatherThanSegments()
    {
        var cut = RenderNew("event-webhook");
        cut.WaitForElement("input[data-testid='destination-name']", Patience).Input("Warehouse stream");
        cut.Find("input[data-testid='setting-url']").Input("https://hooks.example.com/events");
        cut.Find("input[data-testid='setting-signingSecret']").Input("0123456789abcdef0123");

        cut.Find("[data-testid='destination-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("/destinations/100?tab=runs", CurrentPath), Patience);
        Assert.Equal("event-webhook", Assert.Single(_destinations.Created).Type);
    }

    [Fact]
    public void Add_Refused_ShowsEachMessageUnderItsFieldAndTheRestAbove()
    {
        _destinations.Refusals["Create"] = new ApiException(400, "The destination has invalid settings.", new Dictionary<string, string[]>
        {
            ["name"] = ["Enter a name for the destination."],
            ["url"] = ["'ftp://x' is not an http:// or https:// URL."],
            ["secrets.signingSecret"] = ["The signing secret must have at least 16 characters."],
            ["batchSize"] = ["The batch size must be between 1 and 10,000."],
            ["headers"] = ["'headers' is not a setting of Webhook (audiences): use url, signingSecret."],
        });
        var cut = RenderNew("audience-webhook");
        cut.WaitForElement("input[data-testid='setting-url']", Patience).Input("ftp://x");

        cut.Find("[data-testid='destination-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a name for the destination.", ErrorUnder(cut, "destination-name")), Patience);
        Assert.Equal("'ftp://x' is not an http:// or https:// URL.", ErrorUnder(cut, "setting-url"));
        Assert.Equal("The signing secret must have at least 16 characters.", ErrorUnder(cut, "setting-signingSecret"));
        Assert.Equal("The batch size must be between 1 and 10,000.", ErrorUnder(cut, "destination-batch-size"));
        Assert.Equal("Nothing was saved: 'headers' is not a setting of Webhook (audiences): use url, signingSecret.",
            cut.Find("[data-testid='destination-form-error']").TextContent.Trim());
        Assert.Equal("/destinations/new?type=audience-webhook", CurrentPath);
    }
}
