using Lodestar.Domain.Destinations.Mailchimp;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

public sealed class MailchimpSubscriberHashTests
{
    [Theory]
    [InlineData("ada@example.com", "3e3417d7ef77d5932a6734b916515ed5")]
    [InlineData(" Ada@Example.COM ", "3e3417d7ef77d5932a6734b916515ed5")]
    [InlineData("bob@example.com", "4b9bb80620f03eb3719e0a061c14283d")]
    public void Of_AnyCaseOrPadding_Md5OfTheLowerCasedAddress(string email, string expected) =>
        Assert.Equal(expected, MailchimpSubscriberHash.Of(email));
}
