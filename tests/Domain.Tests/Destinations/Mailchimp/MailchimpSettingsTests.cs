using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

public sealed class MailchimpSettingsTests
{
    [Fact]
    public void Validate_NothingEntered_ListAndKeyAskedFor()
    {
        var problems = MailchimpSettings.Validate(Target(new(), new()));

        Assert.Equal(["apiKey", "listId"], problems.Keys.Order());
    }

    [Fact]
    public void Validate_KeyWithoutDataCentreAndNoBaseUrl_KeyProblem()
    {
        var problems = MailchimpSettings.Validate(Target(new() { ["listId"] = "a1b2c3d4e5" }, new() { ["apiKey"] = "0123456789abcdef" }));

        Assert.Equal("The API key does not end in its data centre (…-us6); check the key, or enter the API base URL.", Assert.Single(problems).Value);
    }

    [Theory]
    [InlineData("apiBaseUrl", "ftp://mailchimp.example")]
    [InlineData("apiBaseUrl", "not a url")]
    [InlineData("listId", "a1b2/../c3")]
    public void Validate_BadValue_ProblemUnderItsKey(string key, string value)
    {
        var settings = new Dictionary<string, string> { ["listId"] = "a1b2c3d4e5", [key] = value };

        var problems = MailchimpSettings.Validate(Target(settings, new() { ["apiKey"] = "0123456789abcdef-us6" }));

        Assert.Equal(key, Assert.Single(problems).Key);
    }

    [Fact]
    public void Read_KeyWithDataCentre_BaseUrlFromTheDataCentre()
    {
        var settings = MailchimpSettings.Read(Target(new() { ["listId"] = "a1b2c3d4e5" }, new() { ["apiKey"] = "0123456789abcdef-US6" }));

        Assert.Equal("https://us6.api.mailchimp.com/3.0/", settings.ApiBase.ToString());
        Assert.Equal("https://us6.api.mailchimp.com/3.0/lists/a1b2c3d4e5/members/3e3417d7ef77d5932a6734b916515ed5",
            settings.Member(MailchimpSubscriberHash.Of("ada@example.com")).ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000")]
    [InlineData("http://127.0.0.1:9000/")]
    [InlineData("http://127.0.0.1:9000/3.0/")]
    public void Read_BaseUrlSet_OverridesTheDataCentreWithOneVersionSegment(string url)
    {
        var settings = MailchimpSettings.Read(Target(new() { ["listId"] = "a1b2c3d4e5", ["apiBaseUrl"] = url }, new() { ["apiKey"] = "0123456789abcdef-us6" }));

        Assert.Equal("http://127.0.0.1:9000/3.0/ping", settings.Ping.ToString());
    }

    private static DestinationTarget Target(Dictionary<string, string> settings, Dictionary<string, string> secrets) =>
        new(1, "Mailchimp", DestinationType.Mailchimp, settings, secrets, 100);
}
